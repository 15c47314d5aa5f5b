"""``python -m frontline.discipline``: run the discipline service until SIGTERM."""

from frontline.discipline.service import SERVICE
from frontline.kernel.service import run_service

run_service(SERVICE)
