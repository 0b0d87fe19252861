// SPDX-License-Identifier: MIT
#pragma once

#include <QDialog>

namespace gattscope {

// Help → About: version, Qt version, and credits for the bundled data (the Bluetooth
// assigned-numbers database, BSD-3-Clause, Nordic Semiconductor).
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace gattscope
