// SPDX-License-Identifier: MIT
#include "aboutdialog.h"

#include "retranslator.h"

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
    auto *layout = new QVBoxLayout(this);

    auto *title = new QLabel(this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    title->setTextFormat(Qt::RichText);
    title->setWordWrap(true);
    layout->addWidget(title);

    auto *credits = new QLabel(this);
    credits->setObjectName(QStringLiteral("aboutCredits"));
    credits->setWordWrap(true);
    layout->addWidget(credits);

    auto *licence = new QPlainTextEdit(this);
    licence->setObjectName(QStringLiteral("aboutLicence"));
    licence->setReadOnly(true);
    QFile file(QStringLiteral(":/gattscope/numbers/LICENSE"));
    const bool hasLicence = file.open(QIODevice::ReadOnly);
    if (hasLicence)
        licence->setPlainText(QString::fromUtf8(file.readAll())); // the licence stays in English
    layout->addWidget(licence);

    Retranslator::bind(this, [this, title, credits, licence, hasLicence] {
        setWindowTitle(tr("About gattscope"));
        title->setText(tr("<h2>gattscope %1</h2>"
                          "<p>A desktop explorer for Bluetooth Low Energy GATT devices.</p>"
                          "<p>Built with Qt %2, running on Qt %3. QCustomPlot draws the plots.</p>")
                           .arg(QApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
        credits->setText(tr("<p><b>Bluetooth assigned numbers</b> (names of services, characteristics, "
                            "descriptors, company identifiers and appearances) come from the "
                            "Nordic Semiconductor <i>bluetooth-numbers-database</i>, used under the "
                            "BSD 3-clause licence below.</p>"));
        if (!hasLicence)
            licence->setPlainText(tr("The licence text is missing from this build."));
    });

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(560, 420);
}

} // namespace gattscope
