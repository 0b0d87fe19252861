#!/bin/sh
# SPDX-License-Identifier: MIT
# gattscope-sim --bluez --powered-off: the adapter starts switched off, and clients see it so
# (gattscope-cli adapters, which labels it as the GUI's picker does). On a private bus of its
# own, started and stopped with mockbluez-fixture.sh; never the machine's system bus.
#
#   mockbluez-powered-off.sh <dir> <gattscope-sim> <gattscope-cli> <mockbluez-fixture.sh>
set -eu

dir=$1
sim=$2
cli=$3
fixture=$4

# A usage error (exit 2, one line) for an adapter the mock does not have.
set +e
"$sim" --bluez --adapters 2 --powered-off hci2 2>"${TMPDIR:-/tmp}/powered-off-usage.$$"
code=$?
set -e
message=$(cat "${TMPDIR:-/tmp}/powered-off-usage.$$")
rm -f "${TMPDIR:-/tmp}/powered-off-usage.$$"
if [ "$code" -ne 2 ] || ! echo "$message" | grep -q "no adapter 'hci2'"; then
    echo "FAIL: --powered-off hci2 with two adapters: exit $code, '$message'" >&2
    exit 1
fi

trap 'sh "$fixture" stop "$dir"' EXIT
sh "$fixture" start "$dir" "$sim" --adapters 2 --powered-off hci1
export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$dir/bus"
out=$("$cli" adapters)
echo "$out"
echo "$out" | grep -q '^bluez:hci0 .*Bluetooth adapter hci0 (00:AA:01:00:00:00)$' || {
    echo "FAIL: hci0 not listed as switched on" >&2
    exit 1
}
echo "$out" | grep -q '^bluez:hci1 .*Bluetooth adapter hci1 (00:AA:01:00:00:01, switched off)$' || {
    echo "FAIL: hci1 not listed as switched off" >&2
    exit 1
}
echo "PASS"
