"""python -m breadcrumb run [options] (SCRIPT [ARGS...] | -m MODULE [ARGS...])"""

import sys

from breadcrumb._runner import main

if __name__ == "__main__":
    sys.exit(main())
