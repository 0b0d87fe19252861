// SPDX-License-Identifier: MIT
#include "fakegatttoolarguments.h"

#include "bluezparsing.h"

#include <functional>
#include <limits>

namespace gattscope {

namespace {

enum class Type : quint8 {
    None, // G_OPTION_ARG_NONE
    String, // G_OPTION_ARG_STRING
    Int, // G_OPTION_ARG_INT
    OptionalCallback, // G_OPTION_ARG_CALLBACK with G_OPTION_FLAG_OPTIONAL_ARG (-u)
};

enum class Group : quint8 {
    Main,
    Gatt,
    Params,
    CharReadWrite,
};

struct Entry
{
    const char *longName;
    char shortName;
    Group group;
    Type type;
};

// gatttool.c's GOptionEntry tables, in GLib's lookup order: the main group first, then the
// groups in the order they were added.
constexpr Entry kEntries[] = {
    { "adapter", 'i', Group::Main, Type::String },
    { "device", 'b', Group::Main, Type::String },
    { "addr-type", 't', Group::Main, Type::String },
    { "mtu", 'm', Group::Main, Type::Int },
    { "psm", 'p', Group::Main, Type::Int },
    { "sec-level", 'l', Group::Main, Type::String },
    { "primary", 0, Group::Gatt, Type::None },
    { "characteristics", 0, Group::Gatt, Type::None },
    { "char-read", 0, Group::Gatt, Type::None },
    { "char-write", 0, Group::Gatt, Type::None },
    { "char-write-req", 0, Group::Gatt, Type::None },
    { "char-desc", 0, Group::Gatt, Type::None },
    { "listen", 0, Group::Gatt, Type::None },
    { "interactive", 'I', Group::Gatt, Type::None },
    { "start", 's', Group::Params, Type::Int },
    { "end", 'e', Group::Params, Type::Int },
    { "uuid", 'u', Group::Params, Type::OptionalCallback },
    { "handle", 'a', Group::CharReadWrite, Type::Int },
    { "value", 'n', Group::CharReadWrite, Type::String },
};

const char *groupName(Group g)
{
    switch (g) {
    case Group::Main: return "";
    case Group::Gatt: return "gatt";
    case Group::Params: return "params";
    case Group::CharReadWrite: return "char-read-write";
    }
    return "";
}

constexpr char kUsage[] = "Usage:\n  gatttool [OPTION?]\n\n";
constexpr char kHelpOptions[]
    = "Help Options:\n"
      "  -h, --help                                Show help options\n"
      "  --help-all                                Show all help options\n"
      "  --help-gatt                               Show all GATT commands\n"
      "  --help-params                             Show all Primary Services/Characteristics arguments\n"
      "  --help-char-read-write                    Show all Characteristics Value/Descriptor Read/Write "
      "arguments\n\n";
constexpr char kGattSection[]
    = "GATT commands\n"
      "  --primary                                 Primary Service Discovery\n"
      "  --characteristics                         Characteristics Discovery\n"
      "  --char-read                               Characteristics Value/Descriptor Read\n"
      "  --char-write                              Characteristics Value Write Without Response (Write "
      "Command)\n"
      "  --char-write-req                          Characteristics Value Write (Write Request)\n"
      "  --char-desc                               Characteristics Descriptor Discovery\n"
      "  --listen                                  Listen for notifications and indications\n";
constexpr char kInteractiveLine[] = "  -I, --interactive                         Use interactive mode\n";
constexpr char kParamsSection[]
    = "Primary Services/Characteristics arguments\n"
      "  -s, --start=0x0001                        Starting handle(optional)\n"
      "  -e, --end=0xffff                          Ending handle(optional)\n"
      "  -u, --uuid=0x1801                         UUID16 or UUID128(optional)\n\n";
constexpr char kCharReadWriteSection[]
    = "Characteristics Value/Descriptor Read/Write arguments\n"
      "  -a, --handle=0x0001                       Read/Write characteristic by handle(required)\n"
      "  -n, --value=0x0001                        Write characteristic value (required for write "
      "operation)\n\n";
constexpr char kApplicationSection[]
    = "Application Options:\n"
      "  -i, --adapter=hciX                        Specify local adapter interface\n"
      "  -b, --device=MAC                          Specify remote Bluetooth address\n"
      "  -t, --addr-type=[public | random]         Set LE address type. Default: public\n"
      "  -m, --mtu=MTU                             Specify the MTU size\n"
      "  -p, --psm=PSM                             Specify the PSM for GATT/ATT over BR/EDR\n"
      "  -l, --sec-level=[low | medium | high]     Set security level. Default: low\n";

class Parser
{
public:
    explicit Parser(const QByteArrayList &args)
        : m_args(args)
    { }

    // Fills `r`; returns GLib's error message, or nullopt. A help option ends the parse
    // with `help` set (GLib prints it and exits 0 on the spot).
    std::optional<QByteArray> run(FakeGatttoolArguments &r, std::optional<QByteArray> &help)
    {
        for (qsizetype i = 0; i < m_args.size(); ++i) {
            const QByteArray &arg = m_args.at(i);
            if (arg.size() < 2 || arg.at(0) != '-')
                continue; // not an option: left for the program, which ignores it
            if (arg.at(1) == '-') {
                const QByteArray name = arg.mid(2);
                if (name.isEmpty())
                    return std::nullopt; // "--" ends the options
                if (name == "help") {
                    help = FakeGatttoolArguments::mainHelp();
                    return std::nullopt;
                }
                if (name == "help-all") {
                    help = FakeGatttoolArguments::allHelp();
                    return std::nullopt;
                }
                if (name.startsWith("help-")) {
                    const QByteArray group = name.mid(5);
                    if (group == "gatt") {
                        help = QByteArray(kUsage) + kGattSection + kInteractiveLine + '\n';
                        return std::nullopt;
                    }
                    if (group == "params") {
                        help = QByteArray(kUsage) + kParamsSection;
                        return std::nullopt;
                    }
                    if (group == "char-read-write") {
                        help = QByteArray(kUsage) + kCharReadWriteSection;
                        return std::nullopt;
                    }
                }
                bool parsed = false;
                if (auto e = longOption(r, name, i, std::nullopt, parsed))
                    return e;
                if (parsed)
                    continue;
                // "--<group>-<option>"
                const qsizetype dash = name.indexOf('-');
                if (dash > 0) {
                    for (Group g : { Group::Gatt, Group::Params, Group::CharReadWrite }) {
                        if (!QByteArrayView(groupName(g)).startsWith(name.left(dash)))
                            continue;
                        if (auto e = longOption(r, name.mid(dash + 1), i, g, parsed))
                            return e;
                        if (parsed)
                            break;
                    }
                }
                if (!parsed)
                    return "Unknown option " + arg;
                continue;
            }
            // A cluster of short options.
            qsizetype next = i;
            for (qsizetype j = 1; j < arg.size(); ++j) {
                const char c = arg.at(j);
                if (c == '?' || c == 'h') {
                    help = FakeGatttoolArguments::mainHelp();
                    return std::nullopt;
                }
                const Entry *entry = nullptr;
                for (const Entry &e : kEntries) {
                    if (e.shortName == c) {
                        entry = &e;
                        break;
                    }
                }
                if (!entry)
                    return "Unknown option " + arg;
                const QByteArray optionName = QByteArray("-") + c;
                std::optional<QByteArray> value;
                if (entry->type != Type::None) {
                    if (next > i)
                        return "Error parsing option " + optionName;
                    if (i < m_args.size() - 1) {
                        if (!(entry->type == Type::OptionalCallback && m_args.at(i + 1).startsWith('-'))) {
                            value = m_args.at(i + 1);
                            next = i + 1;
                        }
                    } else if (entry->type != Type::OptionalCallback) {
                        return "Missing argument for " + optionName;
                    }
                }
                if (auto e = apply(r, *entry, value, optionName))
                    return e;
            }
            i = next;
        }
        return std::nullopt;
    }

private:
    // parse_long_option(): `only` restricts the search to one group (the
    // "--<group>-<option>" alias).
    std::optional<QByteArray> longOption(FakeGatttoolArguments &r, const QByteArray &name, qsizetype &i,
                                         std::optional<Group> only, bool &parsed)
    {
        for (const Entry &e : kEntries) {
            if (only && e.group != *only)
                continue;
            const QByteArrayView longName(e.longName);
            if (!name.startsWith(longName))
                continue;
            const qsizetype len = longName.size();
            if (name.size() != len && name.at(len) != '=')
                continue;
            const QByteArray optionName = "--" + longName.toByteArray();
            std::optional<QByteArray> value;
            if (name.size() > len) {
                value = name.mid(len + 1);
            } else if (e.type != Type::None) {
                if (i < m_args.size() - 1) {
                    if (e.type == Type::OptionalCallback && m_args.at(i + 1).startsWith('-')) {
                        // no value
                    } else {
                        value = m_args.at(i + 1);
                        ++i;
                    }
                } else if (e.type != Type::OptionalCallback) {
                    return "Missing argument for " + optionName;
                }
            }
            parsed = true;
            return apply(r, e, value, optionName);
        }
        return std::nullopt;
    }

    static std::optional<QByteArray> parseInt(const QByteArray &text, const QByteArray &optionName, int *out)
    {
        // GLib parse_int(): strtol(…, 0), the whole text, within int.
        const bluez::CInteger n = bluez::strtoll(text, 0);
        if (text.isEmpty() || n.end != text.size() || (n.end == 0))
            return "Cannot parse integer value ?" + text + "? for " + optionName;
        if (n.overflow || n.value > std::numeric_limits<int>::max()
            || n.value < std::numeric_limits<int>::min())
            return "Integer value ?" + text + "? for " + optionName + " out of range";
        *out = int(n.value);
        return std::nullopt;
    }

    static std::optional<QByteArray> apply(FakeGatttoolArguments &r, const Entry &e,
                                           const std::optional<QByteArray> &value,
                                           const QByteArray &optionName)
    {
        if (e.type == Type::String && value) {
            for (const char c : *value) {
                if (uchar(c) >= 0x80) // g_locale_to_utf8() in the C locale
                    return QByteArray("Invalid byte sequence in conversion input");
            }
        }
        const QByteArray v = value.value_or(QByteArray());
        const QByteArrayView name(e.longName);
        if (name == "adapter")
            r.adapter = v;
        else if (name == "device")
            r.device = v;
        else if (name == "addr-type")
            r.addressType = v;
        else if (name == "sec-level")
            r.securityLevel = v;
        else if (name == "value")
            r.value = v;
        else if (name == "mtu")
            return parseInt(v, optionName, &r.mtu);
        else if (name == "psm")
            return parseInt(v, optionName, &r.psm);
        else if (name == "start")
            return parseInt(v, optionName, &r.start);
        else if (name == "end")
            return parseInt(v, optionName, &r.end);
        else if (name == "handle")
            return parseInt(v, optionName, &r.handle);
        else if (name == "uuid") {
            // parse_uuid() returns FALSE without an error: GLib supplies one.
            const std::optional<Uuid> u = value ? bluez::uuid(*value) : std::nullopt;
            if (!u)
                return "Error parsing option " + optionName;
            r.uuid = u;
        } else if (name == "primary")
            r.primary = true;
        else if (name == "characteristics")
            r.characteristics = true;
        else if (name == "char-read")
            r.charRead = true;
        else if (name == "char-write")
            r.charWrite = true;
        else if (name == "char-write-req")
            r.charWriteReq = true;
        else if (name == "char-desc")
            r.charDesc = true;
        else if (name == "listen")
            r.listen = true;
        else if (name == "interactive")
            r.interactive = true;
        return std::nullopt;
    }

    const QByteArrayList &m_args;
};

} // namespace

QByteArray FakeGatttoolArguments::mainHelp()
{
    return QByteArray(kUsage) + kHelpOptions + kApplicationSection + kInteractiveLine + '\n';
}

QByteArray FakeGatttoolArguments::allHelp()
{
    return QByteArray(kUsage) + kHelpOptions + kGattSection + '\n' + kParamsSection + kCharReadWriteSection
        + kApplicationSection + kInteractiveLine + '\n';
}

FakeGatttoolArguments FakeGatttoolArguments::parse(const QByteArrayList &arguments)
{
    FakeGatttoolArguments r;
    std::optional<QByteArray> help;
    Parser parser(arguments);
    const std::optional<QByteArray> error = parser.run(r, help);
    if (help) {
        FakeGatttoolArguments out;
        out.standardOutput = *help;
        out.exitCode = 0;
        return out;
    }
    if (error) {
        // g_printerr() the message; GLib has undone every option by now.
        r = FakeGatttoolArguments();
        r.standardError = *error + '\n';
    }
    if (r.interactive) {
        r.runInteractive = true;
        return r;
    }
    if (!(r.primary || r.characteristics || r.charRead || r.charWrite || r.charWriteReq || r.charDesc)) {
        r.standardOutput += mainHelp() + '\n';
        r.exitCode = 1;
        return r;
    }
    if (!r.device) {
        r.standardOutput += "Remote Bluetooth address required\n";
        r.exitCode = 1;
        return r;
    }
    r.runOneShot = true;
    return r;
}

} // namespace gattscope
