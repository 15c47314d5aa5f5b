"""``python -m frontline.organization``: run the organization service until SIGTERM."""

from frontline.kernel.service import run_service
from frontline.organization.service import SERVICE

run_service(SERVICE)
