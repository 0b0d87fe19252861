// SPDX-License-Identifier: MIT
#include "bondsdialog.h"

#include <gattscope/core/session/whendone.h>
#include <gattscope/ui/common/retranslator.h>
#include <gattscope/ui/common/uiformat.h>

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace gattscope {

BondsDialog::BondsDialog(Backend *backend, QWidget *parent)
    : QDialog(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("bondsDialog"));
    auto *layout = new QVBoxLayout(this);
    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("bondsList"));
    m_list->setRootIsDecorated(false);
    m_list->setColumnCount(4);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    layout->addWidget(m_list, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("bondsStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_remove = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_remove->setObjectName(QStringLiteral("removeBond"));
    m_removeAll = buttons->addButton(QString(), QDialogButtonBox::ActionRole);
    m_removeAll->setObjectName(QStringLiteral("removeAllBonds"));
    m_refresh = buttons->addButton(QString(), QDialogButtonBox::ResetRole);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_remove, &QPushButton::clicked, this, &BondsDialog::removeSelected);
    connect(m_removeAll, &QPushButton::clicked, this, &BondsDialog::removeAll);
    connect(m_refresh, &QPushButton::clicked, this, &BondsDialog::refresh);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &BondsDialog::updateButtons);
    Retranslator::bind(this, [this] {
        setWindowTitle(tr("Bonds"));
        m_list->setHeaderLabels({ tr("Handle"), tr("Address"), tr("Key size"), tr("MITM") });
        m_remove->setText(tr("&Remove"));
        m_remove->setToolTip(tr("Delete the selected bond: the device must pair again"));
        m_removeAll->setText(tr("Remove &all"));
        m_removeAll->setToolTip(tr("Delete every bond the radio holds"));
        m_refresh->setText(tr("Re&fresh"));
    });
    resize(520, 300);
    m_canList = m_backend && !m_backend->info().capabilities.testFlag(Backend::Capability::NoBondList);
    if (!m_backend) {
        setStatus(tr("No dongle is open."), true);
    } else if (!m_canList) {
        setStatus(tr("This backend (%1) cannot list or remove bonds: the system keeps them (on Linux, "
                     "bluetoothctl devices Paired and bluetoothctl remove).")
                      .arg(m_backend->info().name),
                  false);
    }
    updateButtons();
    if (m_canList)
        refresh();
}

BondsDialog::~BondsDialog() = default;

QString BondsDialog::statusText() const
{
    return m_status->text();
}

void BondsDialog::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    UiFormat::setErrorStyle(m_status, error);
}

void BondsDialog::updateButtons()
{
    const bool usable = m_backend && m_canList && !m_busy;
    m_remove->setEnabled(usable && !m_list->selectedItems().isEmpty());
    m_removeAll->setEnabled(usable && !m_bonds.isEmpty());
    m_refresh->setEnabled(usable);
}

void BondsDialog::refresh()
{
    if (!m_backend || !m_canList)
        return;
    m_busy = true;
    updateButtons();
    setStatus(tr("Reading the bonds…"), false);
    whenDone(this, m_backend->bonds(), [this](const QFuture<Result<QList<Backend::Bond>>> &f) {
        m_busy = false;
        const Result<QList<Backend::Bond>> result
            = f.isCanceled() ? Result<QList<Backend::Bond>>(Error(Error::Kind::Cancelled)) : f.result();
        m_list->clear();
        m_bonds.clear();
        if (!result.ok()) {
            if (result.error().kind() == Error::Kind::NotSupported) {
                m_canList = false;
                setStatus(tr("This backend cannot list bonds: %1").arg(result.error().toString()), false);
            } else {
                setStatus(tr("Cannot read the bonds: %1").arg(result.error().toString()), true);
            }
            updateButtons();
            Q_EMIT refreshed();
            return;
        }
        m_bonds = result.value();
        for (const Backend::Bond &b : std::as_const(m_bonds)) {
            auto *item = new QTreeWidgetItem(m_list);
            item->setText(0, QString::number(b.handle));
            item->setText(1, b.address.isNull() ? tr("(not known)") : b.address.toString());
            item->setText(2, b.keySize > 0 ? tr("%n byte(s)", nullptr, b.keySize) : tr("(not known)"));
            item->setText(3, b.mitm ? tr("yes") : tr("no"));
            item->setData(0, Qt::UserRole, b.handle);
        }
        m_list->header()->resizeSections(QHeaderView::ResizeToContents);
        setStatus(m_bonds.isEmpty() ? tr("The radio holds no bonds.")
                                    : tr("The radio holds %n bond(s).", nullptr, int(m_bonds.size())),
                  false);
        updateButtons();
        Q_EMIT refreshed();
    });
}

void BondsDialog::removeSelected()
{
    const QList<QTreeWidgetItem *> selected = m_list->selectedItems();
    if (selected.isEmpty())
        return;
    const int handle = selected.first()->data(0, Qt::UserRole).toInt();
    QList<DeviceAddress> addresses;
    for (const Backend::Bond &b : std::as_const(m_bonds)) {
        if (b.handle == handle && !b.address.isNull())
            addresses << b.address;
    }
    remove(handle, addresses);
}

void BondsDialog::removeAll()
{
    remove(-1, {});
}

void BondsDialog::remove(int handle, const QList<DeviceAddress> &addresses)
{
    if (!m_backend || !m_canList || m_busy)
        return;
    m_busy = true;
    updateButtons();
    setStatus(handle < 0 ? tr("Removing every bond…") : tr("Removing bond %1…").arg(handle), false);
    whenDone(this, m_backend->deleteBond(handle), [this, handle, addresses](const QFuture<Status> &f) {
        m_busy = false;
        const Status status = f.isCanceled() ? Status(Error(Error::Kind::Cancelled)) : f.result();
        if (!status.ok()) {
            setStatus(status.error().kind() == Error::Kind::NotSupported
                          ? tr("This backend cannot remove bonds: %1").arg(status.error().toString())
                          : tr("Cannot remove the bond: %1").arg(status.error().toString()),
                      true);
            updateButtons();
            return;
        }
        Q_EMIT bondsRemoved(addresses, handle < 0);
        refresh();
    });
}

} // namespace gattscope
