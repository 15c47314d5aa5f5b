"""``python -m frontline.cadre``: run the cadre service until SIGTERM."""

from frontline.cadre.service import SERVICE
from frontline.kernel.service import run_service

run_service(SERVICE)
