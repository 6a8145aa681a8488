import sys

from deadlines.cli import main

sys.exit(main())
