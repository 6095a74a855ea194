"""`python -m studyctl` runs the command-line tool."""

from studyctl.cli import main

main()
