// A fixture for check_layout.py: every include below breaks a rule, and the checker must
// report each (the test expects it to fail).
#pragma once
#include "bad_p.h"
#include "elsewhere.h"

#include <gattscope/core/base/missing.h>

#include <QWidget>
