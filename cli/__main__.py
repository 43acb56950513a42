import sys

from eventwatch.cli.main import main

sys.exit(main())
