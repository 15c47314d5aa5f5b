"""``python -m frontline.headquarters``: run the headquarters process until SIGTERM."""

from frontline.headquarters.service import SERVICE
from frontline.kernel.service import run_service

run_service(SERVICE)
