"""``python -m frontline.service_center``: run the service-center service until SIGTERM."""

from frontline.kernel.service import run_service
from frontline.service_center.service import SERVICE

run_service(SERVICE)
