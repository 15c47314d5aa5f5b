"""``python -m frontline.headquarters``: run the headquarters process."""

import asyncio

from frontline.headquarters.app import main

asyncio.run(main())
