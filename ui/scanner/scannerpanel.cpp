// SPDX-License-Identifier: MIT
#include "scannerpanel.h"

#include "scannerdelegate.h"
#include "scannerfiltermodel.h"
#include "scannermodel.h"

#include <gattscope/core/base/hexcodec.h>
#include <gattscope/ui/common/corebridge.h>
#include <gattscope/ui/common/uiformat.h>

#include <QAction>
#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QScrollBar>
#include <QSlider>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gattscope {

namespace {
constexpr int SliderOff = -101; // leftmost slider position: no minimum
} // namespace

ScannerPanel::ScannerPanel(ScannerModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new ScannerFilterModel(this))
    , m_view(new QTableView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_rssi(new QSlider(Qt::Horizontal, this))
    , m_rssiLabel(new QLabel(this))
    , m_hideStale(new QCheckBox(this))
    , m_showHidden(new QCheckBox(this))
    , m_regexButton(new QToolButton(this))
    , m_detailsTitle(new QLabel(this))
    , m_details(new QTreeWidget(this))
    , m_overlay(new QLabel(m_view->viewport()))
    , m_connect(new QAction(QIcon(QStringLiteral(":/gattscope/icons/connect.svg")), QString(), this))
    , m_hide(new QAction(this))
    , m_unhide(new QAction(this))
    , m_unhideAll(new QAction(this))
    , m_plotRssi(new QAction(QIcon(QStringLiteral(":/gattscope/icons/plot.svg")), QString(), this))
{
    m_filter->setSourceModel(model);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);

    m_filterEdit->setObjectName(QStringLiteral("scannerFilter"));
    m_filterEdit->setClearButtonEnabled(true);
    auto *top = new QHBoxLayout;
    top->addWidget(m_filterEdit, 1);
    m_regexButton->setObjectName(QStringLiteral("scannerRegex"));
    m_regexButton->setCheckable(true);
    m_regexButton->setText(QStringLiteral(".*"));
    m_regexButton->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    top->addWidget(m_regexButton);
    auto *connectButton = new QToolButton(this);
    connectButton->setDefaultAction(m_connect);
    connectButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    top->addWidget(connectButton);
    layout->addLayout(top);

    auto *row = new QHBoxLayout;
    m_rssiCaption = new QLabel(this);
    row->addWidget(m_rssiCaption);
    m_rssi->setObjectName(QStringLiteral("rssiSlider"));
    m_rssi->setRange(SliderOff, -20);
    m_rssi->setValue(SliderOff);
    row->addWidget(m_rssi, 1);
    m_rssiLabel->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("-100 dBm")));
    row->addWidget(m_rssiLabel);
    m_hideStale->setObjectName(QStringLiteral("hideStale"));
    row->addWidget(m_hideStale);
    m_showHidden->setObjectName(QStringLiteral("showHidden"));
    row->addWidget(m_showHidden);
    layout->addLayout(row);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_view->setObjectName(QStringLiteral("scannerTable"));
    m_view->setModel(m_filter);
    m_view->setItemDelegate(new ScannerDelegate(int(ScannerModel::Column::Rssi), m_view));
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(int(ScannerModel::Column::Rssi), Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    // Widths from what the columns hold, so that name, address, RSSI, last seen and
    // "connectable" fit the default dock; services and manufacturer scroll.
    const QFontMetrics fm = m_view->fontMetrics();
    const int pad = fm.horizontalAdvance(u'0') * 2;
    const auto fit = [&](const QString &sample) {
        return fm.horizontalAdvance(sample) + pad;
    };
    const auto header = [&](ScannerModel::Column c) {
        return m_view->horizontalHeader()->fontMetrics().horizontalAdvance(
                   model->headerData(int(c), Qt::Horizontal).toString())
            + pad * 2; // room for the sort arrow
    };
    using C = ScannerModel::Column;
    m_view->setColumnWidth(int(C::Name), fit(QStringLiteral("gattscope Motion")));
    m_view->setColumnWidth(int(C::Address),
                           QFontMetrics(QFontDatabase::systemFont(QFontDatabase::FixedFont))
                                   .horizontalAdvance(QStringLiteral("C0:98:E5:49:00:01"))
                               + pad);
    m_view->setColumnWidth(int(C::Rssi), std::max(header(C::Rssi), fit(QStringLiteral("-100 ████"))));
    m_view->setColumnWidth(int(C::LastSeen), std::max(header(C::LastSeen), fit(QStringLiteral("00:00:00"))));
    m_view->setColumnWidth(int(C::Connectable), header(C::Connectable));
    m_view->setColumnWidth(int(C::Services), fit(QStringLiteral("Heart Rate (180D), Battery (180F)")));
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ScannerPanel::showContextMenu);
    splitter->addWidget(m_view);

    auto *detailsBox = new QWidget(splitter);
    auto *detailsLayout = new QVBoxLayout(detailsBox);
    detailsLayout->setContentsMargins(0, 0, 0, 0);
    m_detailsTitle->setWordWrap(true);
    m_detailsTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsLayout->addWidget(m_detailsTitle);
    m_details->setObjectName(QStringLiteral("advertDetails"));
    m_details->setColumnCount(3);
    m_details->setRootIsDecorated(false);
    m_details->setAlternatingRowColors(true);
    const int cw = fm.horizontalAdvance(u'0');
    m_details->setColumnWidth(0, cw * 26);
    m_details->setColumnWidth(1, cw * 34);
    detailsLayout->addWidget(m_details);
    splitter->addWidget(detailsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_overlay->setAlignment(Qt::AlignCenter);
    m_overlay->setWordWrap(true);
    m_overlay->setEnabled(false);
    m_overlay->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_view->viewport()->installEventFilter(this);
    m_emptyText = tr("No devices yet. Choose a dongle and start a scan (F5).");
    retranslateUi();

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &ScannerFilterModel::setFilterText);
    connect(m_regexButton, &QToolButton::toggled, m_filter, &ScannerFilterModel::setRegularExpression);
    connect(m_regexButton, &QToolButton::toggled, this, &ScannerPanel::retranslateUi); // the placeholder
    connect(m_filter, &ScannerFilterModel::filterErrorChanged, this, &ScannerPanel::updateFilterError);
    connect(m_showHidden, &QCheckBox::toggled, m_filter, &ScannerFilterModel::setShowHidden);
    connect(m_model, &ScannerModel::hiddenChanged, this, &ScannerPanel::updateHiddenCount);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &ScannerPanel::updateHiddenCount);
    connect(m_hide, &QAction::triggered, this, [this] { setSelectionHidden(true); });
    connect(m_unhide, &QAction::triggered, this, [this] { setSelectionHidden(false); });
    connect(m_unhideAll, &QAction::triggered, m_model, &ScannerModel::unhideAll);
    connect(m_plotRssi, &QAction::triggered, this, [this] {
        const QList<DeviceAddress> addresses = selectedAddresses();
        if (!addresses.isEmpty())
            Q_EMIT rssiPlotRequested(addresses);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScannerPanel::updateActions);
    connect(m_rssi, &QSlider::valueChanged, this, [this](int value) {
        m_filter->setMinimumRssi(value <= SliderOff ? ScannerFilterModel::NoMinimumRssi : value);
        updateRssiLabel();
    });
    connect(m_hideStale, &QCheckBox::toggled, m_filter, &ScannerFilterModel::setHideStale);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ScannerPanel::updateDetails);
    connect(m_model, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &from, const QModelIndex &to) {
                const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
                if (current.isValid() && current.row() >= from.row() && current.row() <= to.row())
                    updateDetails();
            });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        const QString reason = index.data(ScannerModel::ConnectBlockedRole).toString();
        if (!reason.isEmpty())
            Q_EMIT statusMessage(reason);
        else
            m_connect->trigger();
    });
    connect(m_connect, &QAction::triggered, this, [this] {
        if (const auto address = selectedAddress())
            Q_EMIT connectRequested(*address);
    });
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_filter, signal, this, &ScannerPanel::updateOverlay);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ScannerPanel::updateOverlay);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ScannerPanel::updateOverlay);
    updateDetails();
    updateOverlay();
    updateHiddenCount();
}

std::optional<DeviceAddress> ScannerPanel::selectedAddress() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return std::nullopt;
    return current.data(ScannerModel::AddressRole).value<DeviceAddress>();
}

QList<DeviceAddress> ScannerPanel::selectedAddresses() const
{
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<DeviceAddress> out;
    for (const QModelIndex &index : std::as_const(rows))
        out.append(index.data(ScannerModel::AddressRole).value<DeviceAddress>());
    return out;
}

void ScannerPanel::setSelectionHidden(bool hidden)
{
    for (const DeviceAddress &address : selectedAddresses())
        m_model->setHidden(address, hidden);
}

void ScannerPanel::showContextMenu(const QPoint &pos)
{
    updateActions();
    QMenu menu(this);
    menu.addAction(m_connect);
    menu.addAction(m_plotRssi);
    menu.addSeparator();
    menu.addAction(m_hide);
    if (m_unhide->isEnabled())
        menu.addAction(m_unhide);
    menu.addAction(m_unhideAll);
    menu.setToolTipsVisible(true);
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

void ScannerPanel::updateActions()
{
    const QModelIndex current = m_view->currentIndex();
    const QString reason
        = current.isValid() ? current.data(ScannerModel::ConnectBlockedRole).toString() : QString();
    m_connect->setEnabled(current.isValid() && reason.isEmpty());
    m_connect->setToolTip(reason.isEmpty() ? tr("Connect to the selected device") : reason);
    const QList<DeviceAddress> selected = selectedAddresses();
    bool anyHidden = false;
    bool anyShown = false;
    for (const DeviceAddress &address : selected) {
        (m_model->isHidden(address) ? anyHidden : anyShown) = true;
    }
    m_hide->setEnabled(anyShown);
    m_unhide->setEnabled(anyHidden);
    m_plotRssi->setEnabled(!selected.isEmpty());
}

void ScannerPanel::updateHiddenCount()
{
    const int count = m_model->hiddenCount();
    m_showHidden->setText(tr("Show hidden (%1)").arg(count));
    m_showHidden->setEnabled(count > 0 || m_showHidden->isChecked());
    m_unhideAll->setEnabled(count > 0);
}

void ScannerPanel::updateFilterError(const QString &error)
{
    UiFormat::setErrorStyle(m_filterEdit, !error.isEmpty());
    m_filterEdit->setToolTip(error.isEmpty() ? m_filterEdit->placeholderText() : error);
}

bool ScannerPanel::selectAddress(const DeviceAddress &address)
{
    const int row = m_model->rowOf(address);
    const QModelIndex index = m_filter->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_view->setCurrentIndex(index);
    return true;
}

int ScannerPanel::preferredWidth() const
{
    int width = 0;
    for (int c = 0; c <= int(ScannerModel::Column::Connectable); ++c)
        width += m_view->columnWidth(c);
    const QMargins margins = layout()->contentsMargins();
    return width + 2 * m_view->frameWidth() + m_view->verticalScrollBar()->sizeHint().width() + margins.left()
        + margins.right();
}

void ScannerPanel::setEmptyText(const QString &text)
{
    m_emptyText = text;
    updateOverlay();
}

void ScannerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        updateDetails();
        updateOverlay();
    }
    QWidget::changeEvent(event);
}

void ScannerPanel::retranslateUi()
{
    m_hideStale->setText(tr("Hide &stale"));
    m_hideStale->setToolTip(
        tr("Hide devices not heard for %n second(s)", nullptr, m_model->staleAfterSeconds()));
    m_connect->setText(tr("&Connect"));
    m_hide->setText(tr("&Hide"));
    m_hide->setToolTip(tr("Leave the selected devices out of the list (\"Show hidden\" lists them again)"));
    m_unhide->setText(tr("&Unhide"));
    m_unhideAll->setText(tr("Unhide &all"));
    m_plotRssi->setText(tr("Plot &RSSI over time"));
    m_plotRssi->setToolTip(tr("Plot the signal strength of the selected devices as reports arrive"));
    m_showHidden->setToolTip(tr("List the devices you hid (they stay hidden until you unhide them or quit)"));
    m_regexButton->setToolTip(
        tr("Regular expression: the filter is one pattern, case-insensitive, "
           "searched in name, address, services and manufacturer (^ and $ anchor a field)"));
    m_filterEdit->setPlaceholderText(m_regexButton->isChecked()
                                         ? tr("Regular expression, e.g. ^(heart|motion)")
                                         : tr("Filter: name, address, service UUID, manufacturer"));
    updateHiddenCount();
    updateFilterError(m_filter->filterError());
    m_rssiCaption->setText(tr("Min. RSSI:"));
    m_rssi->setToolTip(tr("Hide devices weaker than this (dBm); leftmost shows all"));
    m_details->setHeaderLabels({ tr("AD structure"), tr("Decoded"), tr("Raw bytes") });
    updateRssiLabel();
}

void ScannerPanel::updateRssiLabel()
{
    const int value = m_rssi->value();
    m_rssiLabel->setText(value <= SliderOff ? tr("any") : tr("%1 dBm").arg(value));
}

void ScannerPanel::updateOverlay()
{
    const bool empty = m_filter->rowCount() == 0;
    m_overlay->setVisible(empty);
    if (empty) {
        m_overlay->setText(m_model->rowCount() > 0 ? tr("No device matches the filter.") : m_emptyText);
        m_overlay->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    }
    updateActions();
}

bool ScannerPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        m_overlay->setGeometry(m_view->viewport()->rect().adjusted(12, 12, -12, -12));
    return QWidget::eventFilter(watched, event);
}

void ScannerPanel::updateDetails()
{
    const QModelIndex current = m_filter->mapToSource(m_view->currentIndex());
    const ScannedDevice *d = current.isValid() ? m_model->device(current.row()) : nullptr;
    updateActions();
    if (!d) {
        m_detailsTitle->setText(tr("<i>Select a device to see its advertising data.</i>"));
        m_details->clear();
        m_shownAdvert.clear();
        m_shownResponse.clear();
        return;
    }
    m_detailsTitle->setText(
        tr("<b>%1</b> &nbsp;<tt>%2</tt> (%3) · %4 · %n report(s), last %5", nullptr, d->advertCount)
            .arg((d->name.isEmpty() ? tr("(unnamed)") : d->name).toHtmlEscaped(), d->address.toString(),
                 addressTypeName(d->address.type()),
                 d->rssi == ScannedDevice::NoRssi ? tr("RSSI unknown") : tr("%1 dBm").arg(d->rssi),
                 UiFormat::timeOfDay(d->lastSeenUs)));
    // Rebuild the rows only when the bytes changed (adverts repeat many times a second).
    if (!m_details->topLevelItemCount() || d->advertisingData != m_shownAdvert
        || d->scanResponseData != m_shownResponse) {
        m_shownAdvert = d->advertisingData;
        m_shownResponse = d->scanResponseData;
        m_details->clear();
        const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
        const QList<CoreBridge::AdRow> rows = CoreBridge::describe(d->advertisingData, d->scanResponseData);
        for (const CoreBridge::AdRow &row : rows) {
            auto *item = new QTreeWidgetItem(m_details);
            item->setText(0, (row.scanResponse ? tr("[scan rsp] %1") : tr("%1")).arg(row.typeName));
            item->setText(1, row.description);
            item->setToolTip(1, row.description);
            item->setText(2, row.rawHex);
            item->setFont(2, mono);
            if (row.malformed)
                item->setForeground(1, UiFormat::errorColor(m_details));
        }
        auto addRaw = [&](const QString &label, const QByteArray &bytes) {
            auto *item = new QTreeWidgetItem(m_details);
            item->setText(0, label);
            item->setText(1, tr("%n byte(s)", nullptr, int(bytes.size())));
            item->setText(2, bytes.isEmpty() ? tr("(empty)") : toHex(bytes));
            item->setToolTip(2, toHex(bytes));
            item->setFont(2, mono);
            QFont italic = item->font(0);
            italic.setItalic(true);
            item->setFont(0, italic);
        };
        addRaw(tr("Advertising data"), d->advertisingData);
        if (d->hasScanResponse)
            addRaw(tr("Scan response"), d->scanResponseData);
    }
}

} // namespace gattscope
