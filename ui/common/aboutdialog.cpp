// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace gattscope {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About gattscope"));
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(tr("<h2>gattscope %1</h2>"
                                "<p>A desktop explorer for Bluetooth Low Energy GATT devices.</p>"
                                "<p>Built with Qt %2, running on Qt %3. QCustomPlot draws the plots.</p>")
                                 .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                                      QString::fromLatin1(qVersion())),
                             this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *credits = new QLabel(tr("<p><b>Bluetooth assigned numbers</b> (names of services, characteristics, "
                                  "descriptors, company identifiers and appearances) come from the "
                                  "Nordic Semiconductor <i>bluetooth-numbers-database</i>, used under the "
                                  "BSD 3-clause licence below.</p>"),
                               this);
    credits->setObjectName(QStringLiteral("aboutCredits"));
    credits->setWordWrap(true);
    layout->addWidget(credits);

    auto *licence = new QPlainTextEdit(this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setReadOnly(true);
    QFile file(QStringLiteral(":/gattscope/numbers/LICENSE"));
    if (file.open(QIODevice::ReadOnly))
        licence->setPlainText(QString::fromUtf8(file.readAll()));
    else
        licence->setPlainText(tr("The licence text is missing from this build."));
    layout->addWidget(licence);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace gattscope
