// SPDX-License-Identifier: MIT
#include "shellargv.h"

namespace gattscope {

namespace {

// g_shell_unquote(): removes the quoting of one token; nullopt on an unmatched quote.
std::optional<QByteArray> unquote(const QByteArray &token)
{
    QByteArray out;
    qsizetype i = 0;
    const qsizetype n = token.size();
    while (i < n) {
        const char c = token.at(i);
        if (c == '\\') {
            ++i;
            if (i < n) {
                if (token.at(i) != '\n')
                    out.append(token.at(i));
                ++i;
            }
            continue;
        }
        if (c != '"' && c != '\'') {
            out.append(c);
            ++i;
            continue;
        }
        const char quote = c;
        ++i;
        bool closed = false;
        while (i < n) {
            const char d = token.at(i);
            if (d == quote) {
                ++i;
                closed = true;
                break;
            }
            if (quote == '"' && d == '\\' && i + 1 < n) {
                const char e = token.at(i + 1);
                if (e == '"' || e == '\\' || e == '`' || e == '$' || e == '\n') {
                    out.append(e);
                    i += 2;
                    continue;
                }
                out.append('\\');
                ++i;
                continue;
            }
            out.append(d);
            ++i;
        }
        if (!closed)
            return std::nullopt;
    }
    return out;
}

} // namespace

std::optional<QByteArrayList> parseShellArgv(QByteArrayView line)
{
    QByteArrayList tokens;
    QByteArray current;
    bool haveToken = false;
    char quote = '\0';
    bool escapedSoFar = false; // consecutive backslashes, mod 2 (for \" inside "…")
    auto delimit = [&] {
        if (haveToken)
            tokens.append(current);
        current.clear();
        haveToken = false;
    };

    for (qsizetype i = 0; i < line.size(); ++i) {
        const char c = line.at(i);
        if (quote == '\\') {
            if (c != '\n') {
                haveToken = true;
                current.append('\\');
                current.append(c);
            }
            quote = '\0';
        } else if (quote == '#') {
            while (i < line.size() && line.at(i) != '\n')
                ++i;
            quote = '\0';
            if (i >= line.size())
                break;
        } else if (quote) {
            if (c == quote && !(quote == '"' && escapedSoFar))
                quote = '\0';
            haveToken = true;
            current.append(c);
        } else {
            switch (c) {
            case '\n': delimit(); break;
            case ' ':
            case '\t':
                if (haveToken && !current.isEmpty())
                    delimit();
                break;
            case '\'':
            case '"':
                haveToken = true;
                current.append(c);
                quote = c;
                break;
            case '\\': quote = c; break;
            case '#': {
                const char previous = i == 0 ? '\0' : line.at(i - 1);
                if (previous == ' ' || previous == '\n' || previous == '\0') {
                    quote = '#';
                } else {
                    haveToken = true;
                    current.append(c);
                }
                break;
            }
            default:
                haveToken = true;
                current.append(c);
                break;
            }
        }
        escapedSoFar = c == '\\' ? !escapedSoFar : false;
    }
    delimit();
    if (quote) // GLib: an open quote, a trailing backslash, or a '#' as the very last byte
        return std::nullopt;
    if (tokens.isEmpty())
        return std::nullopt;
    QByteArrayList argv;
    for (const QByteArray &token : std::as_const(tokens)) {
        const std::optional<QByteArray> word = unquote(token);
        if (!word)
            return std::nullopt;
        argv.append(*word);
    }
    return argv;
}

} // namespace gattscope
