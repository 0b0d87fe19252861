// SPDX-License-Identifier: MIT
#pragma once

// The command line the examples share: `--backend URI` (default "demo"), `--count N`,
// `--no-response`, and positional arguments. Plain C++: the examples need no Qt of their own.

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

struct ExampleOptions
{
    std::string backend = "demo";
    long count = -1; // --count N; -1: until Ctrl-C
    bool noResponse = false;
    std::vector<std::string> positional;

    // Exits with status 2 and `usage` on a malformed command line.
    static ExampleOptions parse(int argc, char **argv, const char *usage)
    {
        ExampleOptions o;
        for (int i = 1; i < argc; ++i) {
            const std::string arg = argv[i];
            if ((arg == "--backend" || arg == "--count") && i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a value\nusage: %s\n", arg.c_str(), usage);
                std::exit(2);
            }
            if (arg == "--backend") {
                o.backend = argv[++i];
            } else if (arg == "--count") {
                char *end = nullptr;
                o.count = std::strtol(argv[++i], &end, 10);
                if (!end || *end || o.count < 1) {
                    std::fprintf(stderr, "--count takes a positive number\nusage: %s\n", usage);
                    std::exit(2);
                }
            } else if (arg == "--no-response") {
                o.noResponse = true;
            } else if (arg == "--help" || arg == "-h") {
                std::printf("usage: %s\n", usage);
                std::exit(0);
            } else if (arg.size() > 1 && arg[0] == '-' && arg[1] == '-') {
                std::fprintf(stderr, "unknown option %s\nusage: %s\n", arg.c_str(), usage);
                std::exit(2);
            } else {
                o.positional.push_back(arg);
            }
        }
        return o;
    }
};
