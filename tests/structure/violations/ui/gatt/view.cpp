// A fixture for check_layout.py: ui may not include a backend header.
#include <gattscope/backends/bgapi/bgapibackend.h>
