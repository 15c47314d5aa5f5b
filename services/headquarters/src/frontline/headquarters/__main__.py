"""``python -m frontline.headquarters``: run the headquarters process."""

from frontline.headquarters.app import main
from frontline.kernel import loop

loop.run(main())
