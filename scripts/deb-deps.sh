#!/bin/sh
# Installs the Debian packages of scripts/deb-packages.txt that are missing,
# for the groups named (run, build, test, bench; all when none), with
# apt-get, as root or through sudo. `make deps` and the Dockerfile both run
# it, so a machine and the image get the same packages.
#   scripts/deb-deps.sh [--list] [GROUP...]
# --list prints the packages of the groups instead of installing them.
set -eu
list=$(dirname "$0")/deb-packages.txt
only_list=
if [ "${1:-}" = --list ]; then
	only_list=1
	shift
fi
pkgs=$(awk -v groups=" $* " '
	/^[[:space:]]*(#|$)/ { next }
	NF != 2 { printf "%s:%d: want NAME GROUP\n", FILENAME, FNR > "/dev/stderr"; bad = 1; exit 1 }
	groups == "  " || index(groups, " " $2 " ") { print $1 }
	END { exit bad }' "$list")
if [ -n "$only_list" ]; then
	printf '%s\n' $pkgs
	exit 0
fi
missing=
for p in $pkgs; do
	dpkg-query -W -f='${Status}\n' "$p" 2>/dev/null | grep -q '^install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
echo "installing:$missing"
SUDO=
[ "$(id -u)" = 0 ] || SUDO=sudo
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends $missing
