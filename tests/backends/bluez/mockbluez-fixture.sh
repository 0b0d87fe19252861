#!/bin/sh
# SPDX-License-Identifier: MIT
# CTest fixture for the BlueZ tests: a private D-Bus "system" bus and a mock bluetoothd
# (gattscope-sim --bluez) on it. Never the machine's own system bus.
#
#   mockbluez-fixture.sh start <dir> <gattscope-sim> [sim options…]
#   mockbluez-fixture.sh stop <dir>
#
# start writes <dir>/bus.conf, starts dbus-daemon listening on unix:path=<dir>/bus, starts the
# mock and waits until it serves org.bluez; the PIDs go to <dir>/*.pid, the mock's output to
# <dir>/sim.log. stop ends both (only the PIDs it wrote). Tests point DBUS_SYSTEM_BUS_ADDRESS
# at unix:path=<dir>/bus.
set -eu

command=$1
dir=$2

stop() {
    for name in sim bus; do
        if [ -f "$dir/$name.pid" ]; then
            pid=$(cat "$dir/$name.pid")
            kill "$pid" 2>/dev/null || true
            # Wait a little for a clean exit (an exited child of nobody may stay a zombie
            # where no init reaps, so that counts as gone), then insist.
            i=0
            while kill -0 "$pid" 2>/dev/null && [ $i -lt 30 ]; do
                [ "$(cut -d' ' -f3 "/proc/$pid/stat" 2>/dev/null)" = Z ] && break
                sleep 0.1
                i=$((i + 1))
            done
            kill -9 "$pid" 2>/dev/null || true
            rm -f "$dir/$name.pid"
        fi
    done
    rm -f "$dir/bus"
}

case "$command" in
start)
    sim=$3
    shift 3
    mkdir -p "$dir"
    stop
    cat > "$dir/bus.conf" <<EOF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-BUS Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>system</type>
  <listen>unix:path=$dir/bus</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
    <allow user="*"/>
  </policy>
</busconfig>
EOF
    dbus-daemon --config-file="$dir/bus.conf" --fork --print-pid=3 3>"$dir/bus.pid" >/dev/null
    export DBUS_SYSTEM_BUS_ADDRESS="unix:path=$dir/bus"
    # Detached, with its own output files, so that CTest does not wait for it.
    nohup "$sim" --bluez "$@" >"$dir/sim.log" 2>&1 </dev/null &
    echo $! >"$dir/sim.pid"
    i=0
    until grep -q "serving a mock BlueZ" "$dir/sim.log" 2>/dev/null; do
        if ! kill -0 "$(cat "$dir/sim.pid")" 2>/dev/null || [ $i -ge 100 ]; then
            echo "mockbluez-fixture: the mock did not start:" >&2
            cat "$dir/sim.log" >&2
            stop
            exit 1
        fi
        sleep 0.1
        i=$((i + 1))
    done
    echo "mockbluez-fixture: org.bluez served on $DBUS_SYSTEM_BUS_ADDRESS"
    ;;
stop)
    stop
    ;;
*)
    echo "usage: $0 start <dir> <gattscope-sim> [options] | stop <dir>" >&2
    exit 2
    ;;
esac
