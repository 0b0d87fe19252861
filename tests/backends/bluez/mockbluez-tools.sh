#!/bin/sh
# SPDX-License-Identifier: MIT
# The mock BlueZ checked with BlueZ's own tools: busctl (systemd) walks and introspects the
# object tree and calls methods with the exact D-Bus signatures; bluetoothctl (bluez 5.66)
# lists the adapter, scans, connects, lists the GATT attributes, reads, subscribes and pairs
# with a passkey through its own agent. Runs on the fixture's private bus (never the
# machine's); exits 77 (skipped) when a tool is missing.
set -u

case "${DBUS_SYSTEM_BUS_ADDRESS:-}" in
*gattscope-mockbluez*) ;;
*) echo "not on the fixture's private bus"; exit 77 ;;
esac
command -v busctl >/dev/null || { echo "busctl not installed"; exit 77; }
command -v bluetoothctl >/dev/null || { echo "bluetoothctl not installed (package bluez)"; exit 77; }

failures=0
check() { # check <description> <text> <expected substring>
    if printf '%s' "$2" | grep -q -- "$3"; then
        echo "ok   $1"
    else
        echo "FAIL $1: expected '$3' in:"
        printf '%s\n' "$2" | sed 's/^/     /'
        failures=$((failures + 1))
    fi
}
# bluetoothctl colours its output and wraps the colours in readline's \001…\002 markers.
plain() { sed 's/\x1b\[[0-9;]*[a-zA-Z]//g; s/\r//g' | tr -d '\001\002'; }

busctl --system call org.gattscope.MockBluez /org/gattscope/MockBluez org.gattscope.MockBluez1 Reset >/dev/null

out=$(busctl --system tree org.bluez 2>&1)
check "busctl tree shows the adapter" "$out" "/org/bluez/hci0"
out=$(busctl --system introspect org.bluez /org/bluez/hci0 2>&1)
check "Adapter1 introspected" "$out" "org.bluez.Adapter1"
check "Powered is a readwrite boolean" "$out" ".Powered *property *b *true *emits-change writable"
out=$(busctl --system get-property org.bluez /org/bluez/hci0 org.bluez.Adapter1 Address 2>&1)
check "Address property" "$out" 's "00:AA:01:00:00:00"'

out=$(timeout 10 bluetoothctl list 2>&1 | plain)
check "bluetoothctl list" "$out" "Controller 00:AA:01:00:00:00 gattscope-sim"
out=$(timeout 10 bluetoothctl show 2>&1 | plain)
check "bluetoothctl show" "$out" "Powered: yes"
out=$(timeout 15 bluetoothctl --timeout 3 scan on 2>&1 | plain)
check "scan finds the motion sensor" "$out" "NEW. Device E1:77:6A:00:00:07 gattscope Motion"
check "scan finds the heart-rate strap" "$out" "NEW. Device C0:98:E5:49:00:01 HRM Strap"
check "RSSI changes are reported" "$out" "CHG. Device .* RSSI: -"
out=$(timeout 10 bluetoothctl info E1:77:6A:00:00:07 2>&1 | plain)
check "device is random" "$out" "Device E1:77:6A:00:00:07 (random)"
check "UUIDs from advertising" "$out" "6a770001-8c3a-4f3e-9e4b-5a2c1d0e9f10"

out=$(timeout 10 bluetoothctl connect E1:77:6A:00:00:07 2>&1 | plain)
check "connect" "$out" "Connection successful"
check "services resolved" "$out" "ServicesResolved: yes"
check "GATT objects named by handle" "$out" "dev_E1_77_6A_00_00_07/service0006/char0007/desc0009"
out=$(timeout 10 bluetoothctl gatt.list-attributes E1:77:6A:00:00:07 2>&1 | plain)
check "gatt.list-attributes" "$out" "Client Characteristic Configuration"

dev=/org/bluez/hci0/dev_E1_77_6A_00_00_07/service0006
out=$(busctl --system call org.bluez $dev/char000d org.bluez.GattCharacteristic1 ReadValue 'a{sv}' 0 2>&1)
check "busctl ReadValue" "$out" "ay 13 77 111 116 105 111 110 32 83 101 110 115 111 114"
out=$(busctl --system call org.bluez $dev/char000b org.bluez.GattCharacteristic1 ReadValue 'a{sv}' 1 offset q 198 2>&1)
check "ReadValue with an offset" "$out" "ay 2 198 199"
out=$(busctl --system call org.bluez $dev/char0007/desc0009 org.bluez.GattDescriptor1 WriteValue 'aya{sv}' 2 1 0 0 2>&1)
check "CCCD WriteValue is refused as bluetoothd does" "$out" "Write not permitted"
out=$(busctl --system call org.bluez $dev/char0013 org.bluez.GattCharacteristic1 ReadValue 'a{sv}' 0 2>&1)
check "encrypted value without an agent" "$out" "Not paired"

out=$( (printf 'gatt.select-attribute %s/char0016\ngatt.notify on\n' $dev; sleep 1.5; printf 'gatt.notify off\n'; sleep 0.5; printf 'quit\n') \
    | timeout 10 bluetoothctl 2>&1 | plain)
check "notifications through bluetoothctl" "$out" "char0016 Value:"
check "notify off" "$out" "Notify stopped"

out=$( (printf 'agent KeyboardOnly\ndefault-agent\npair E1:77:6A:00:00:07\n'; sleep 1.5; printf '123456\n'; sleep 1; printf 'quit\n') \
    | timeout 15 bluetoothctl 2>&1 | plain)
check "bluetoothctl's agent is asked for the passkey" "$out" "Enter passkey"
check "pairing with the passkey" "$out" "Pairing successful"
out=$(busctl --system call org.bluez $dev/char0013 org.bluez.GattCharacteristic1 ReadValue 'a{sv}' 0 2>&1)
check "encrypted value after pairing" "$out" "ay 9 115 101 99 114 101 116 45 52 50"

out=$(timeout 10 bluetoothctl disconnect E1:77:6A:00:00:07 2>&1 | plain)
check "disconnect" "$out" "Successful disconnected"
out=$(timeout 10 bluetoothctl remove E1:77:6A:00:00:07 2>&1 | plain)
check "remove (the bond)" "$out" "Device has been removed"

busctl --system call org.gattscope.MockBluez /org/gattscope/MockBluez org.gattscope.MockBluez1 Reset >/dev/null
[ "$failures" -eq 0 ] || { echo "$failures check(s) failed"; exit 1; }
echo "all checks passed"
