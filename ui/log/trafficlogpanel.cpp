// SPDX-License-Identifier: MIT
#include "trafficlogpanel.h"

#include "trafficlogfilter.h"
#include "trafficlogmodel.h"

#include <gattscope/ui/common/recentfolders.h>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QSaveFile>
#include <QScrollBar>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace gattscope {

TrafficLogPanel::TrafficLogPanel(TrafficLogModel *model, QWidget *parent)
    : QWidget(parent)
    , m_model(model)
    , m_filter(new TrafficLogFilter(this))
    , m_view(new QTableView(this))
    , m_filterEdit(new QLineEdit(this))
    , m_deviceCombo(new QComboBox(this))
    , m_directionCombo(new QComboBox(this))
    , m_kindCombo(new QComboBox(this))
    , m_pause(new QToolButton(this))
    , m_status(new QLabel(this))
{
    m_filter->setSourceModel(model);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto *bar = new QHBoxLayout;
    m_filterEdit->setObjectName(QStringLiteral("logFilter"));
    m_filterEdit->setClearButtonEnabled(true);
    bar->addWidget(m_filterEdit, 1);
    // Quick filters, combined with the text. Items are set in retranslateUi(); their data is
    // what the filter takes.
    m_deviceCombo->setObjectName(QStringLiteral("logDeviceFilter"));
    m_deviceCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_directionCombo->setObjectName(QStringLiteral("logDirectionFilter"));
    m_kindCombo->setObjectName(QStringLiteral("logKindFilter"));
    for (QComboBox *combo : { m_deviceCombo, m_directionCombo, m_kindCombo })
        bar->addWidget(combo);

    m_pause->setObjectName(QStringLiteral("logPause"));
    m_pause->setIcon(QIcon(QStringLiteral(":/gattscope/icons/pause.svg")));
    m_pause->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_pause->setCheckable(true);
    bar->addWidget(m_pause);
    auto addButton = [&](const QString &icon, auto slot) {
        auto *b = new QToolButton(this);
        b->setIcon(QIcon(icon));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        connect(b, &QToolButton::clicked, this, slot);
        bar->addWidget(b);
        return b;
    };
    m_clear = addButton(QStringLiteral(":/gattscope/icons/clear.svg"), [this] { m_model->clear(); });
    m_copy = addButton(QStringLiteral(":/gattscope/icons/copy.svg"), &TrafficLogPanel::copySelection);
    m_save = addButton(QStringLiteral(":/gattscope/icons/save.svg"), &TrafficLogPanel::saveAs);
    m_status->setObjectName(QStringLiteral("logStatus"));
    bar->addWidget(m_status);
    layout->addLayout(bar);

    // Ctrl+F anywhere in the window while the log is visible (a shortcut of a hidden widget
    // does not fire: the plots tabbed over the log keep theirs to themselves).
    m_findAction = new QAction(this);
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, &TrafficLogPanel::focusFilter);
    addAction(m_findAction);

    m_view->setObjectName(QStringLiteral("logView"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 4);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    QHeaderView *header = m_view->horizontalHeader();
    header->setStretchLastSection(true);
    const int cw = m_view->fontMetrics().horizontalAdvance(u'0');
    // The device column holds "Name (C0:98:E5:49:00:01)".
    const int widths[] = { cw * 14, cw * 32, cw * 8, cw * 26, cw * 12, cw * 24 };
    for (int c = 0; c < int(std::size(widths)); ++c)
        m_view->setColumnWidth(c, widths[c]);
    auto *copy = m_copyAction = new QAction(m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetShortcut);
    connect(copy, &QAction::triggered, this, &TrafficLogPanel::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    layout->addWidget(m_view, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, m_filter, &TrafficLogFilter::setText);
    connect(m_deviceCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setDevice(m_deviceCombo->currentData().toString()); });
    connect(m_directionCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_filter->setDirection(m_directionCombo->currentData().value<TrafficLogFilter::Direction>());
    });
    connect(m_kindCombo, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setKind(m_kindCombo->currentData().value<TrafficLogFilter::Kind>()); });
    connect(m_model, &TrafficLogModel::devicesChanged, this, &TrafficLogPanel::updateDeviceFilter);
    // "N of M" follows the filters and the rows that pass them.
    connect(m_filter, &TrafficLogFilter::filterChanged, this, &TrafficLogPanel::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &TrafficLogPanel::updateStatus);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &TrafficLogPanel::updateStatus);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &TrafficLogPanel::updateStatus);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &TrafficLogPanel::updateStatus);
    connect(m_pause, &QToolButton::toggled, m_model, &TrafficLogModel::setPaused);
    connect(m_model, &TrafficLogModel::pausedChanged, m_pause, &QToolButton::setChecked);
    connect(m_model, &TrafficLogModel::pausedChanged, this, [this](bool paused) {
        if (paused)
            m_pausedTimer.start();
        else
            m_pausedTimer.stop();
        updatePauseText();
    });
    // While paused nothing flushes, so nothing else would say that entries pile up.
    m_pausedTimer.setInterval(250);
    connect(&m_pausedTimer, &QTimer::timeout, this, [this] {
        updatePauseText();
        updateStatus();
    });
    connect(m_model, &TrafficLogModel::countsChanged, this, &TrafficLogPanel::updateStatus);
    // Follow the tail only while the user is at the bottom.
    QScrollBar *scroll = m_view->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this,
            [this, scroll](int value) { m_follow = value >= scroll->maximum() - 1; });
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, [this] {
        if (m_follow)
            m_view->scrollToBottom();
    });
    retranslateUi();
}

void TrafficLogPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
    }
    QWidget::changeEvent(event);
}

void TrafficLogPanel::retranslateUi()
{
    m_filterEdit->setPlaceholderText(tr("Filter: device, handle, name, hex, value… (Ctrl+F)"));
    m_findAction->setText(tr("Filter the traffic log"));
    const auto fill = [](QComboBox *combo, const QList<QPair<QString, QVariant>> &items) {
        const QSignalBlocker blocker(combo); // same items, same choice: only the texts change
        const int current = std::max(0, combo->currentIndex());
        combo->clear();
        for (const auto &[text, value] : items)
            combo->addItem(text, value);
        combo->setCurrentIndex(current);
    };
    using Direction = TrafficLogFilter::Direction;
    fill(m_directionCombo,
         { { tr("Both directions"), QVariant::fromValue(Direction::All) },
           { tr("Sent"), QVariant::fromValue(Direction::Sent) },
           { tr("Received"), QVariant::fromValue(Direction::Received) } });
    m_directionCombo->setToolTip(tr("Sent: writes. Received: reads, notifications and indications."));
    using Kind = TrafficLogFilter::Kind;
    fill(m_kindCombo,
         { { tr("All kinds"), QVariant::fromValue(Kind::All) },
           { tr("Reads"), QVariant::fromValue(Kind::Read) },
           { tr("Writes"), QVariant::fromValue(Kind::Write) },
           { tr("Notifications"), QVariant::fromValue(Kind::Notify) },
           { tr("Indications"), QVariant::fromValue(Kind::Indicate) },
           { tr("Events"), QVariant::fromValue(Kind::Event) },
           { tr("Errors"), QVariant::fromValue(Kind::Error) } });
    m_kindCombo->setToolTip(tr("Events: connected, discovered, disconnected, dongle errors, dropped values. "
                               "Errors: every entry that failed."));
    m_deviceCombo->setToolTip(tr("Show the entries of one device"));
    updateDeviceFilter();
    updatePauseText();
    m_pause->setToolTip(tr("Freeze the view; entries keep being recorded and appear on resume"));
    m_clear->setText(tr("Clear"));
    m_clear->setToolTip(tr("Remove every entry"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolTip(tr("Copy the selected rows as text"));
    m_save->setText(tr("Save…"));
    m_save->setToolTip(tr("Save the shown entries as CSV, JSON Lines or btsnoop (Wireshark)"));
    m_copyAction->setText(tr("Copy"));
    updateStatus();
}

void TrafficLogPanel::setFilterText(const QString &text)
{
    m_filterEdit->setText(text);
}

void TrafficLogPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
}

void TrafficLogPanel::updateDeviceFilter()
{
    // "All devices", then each device the log has seen, named when its name is known. The
    // choice stays (also while its device has no rows after a Clear).
    const QString chosen = m_deviceCombo->currentData().toString();
    const QSignalBlocker blocker(m_deviceCombo);
    m_deviceCombo->clear();
    m_deviceCombo->addItem(tr("All devices"), QString());
    for (const QString &address : m_model->devices())
        m_deviceCombo->addItem(m_model->deviceLabel(address), address);
    m_deviceCombo->setCurrentIndex(std::max(0, m_deviceCombo->findData(chosen)));
}

void TrafficLogPanel::updatePauseText()
{
    if (m_model->isPaused())
        m_pause->setText(tr("Paused — %n waiting", nullptr, m_model->pendingCount()));
    else
        m_pause->setText(tr("Pause"));
}

void TrafficLogPanel::updateStatus()
{
    // While a filter holds rows back: how many pass of how many there are.
    QString text = m_filter->isActive()
        ? tr("%1 of %n entries", nullptr, m_model->rowCount()).arg(m_filter->rowCount())
        : tr("%n entries", nullptr, m_model->rowCount());
    if (m_model->pendingCount() > 0)
        text += tr(", %n waiting", nullptr, m_model->pendingCount());
    const auto count = [](qint64 n) {
        return int(std::min<qint64>(n, INT_MAX));
    };
    if (m_model->droppedCount() > 0)
        text += tr(", %n not shown", nullptr, count(m_model->droppedCount()));
    if (m_model->removedCount() > 0)
        text += tr(", %n oldest removed", nullptr, count(m_model->removedCount()));
    m_status->setText(text);
    m_status->setToolTip(
        tr("Not shown: notifications that came faster than the log shows them (at most %n row(s) per "
           "update; the newest are shown). They are still recorded for the plots and for recordings to a "
           "file.",
           nullptr, m_model->maxRowsPerFlush())
        + u'\n'
        + tr("Oldest removed: rows removed to keep the log within %n row(s) (File → Preferences).", nullptr,
             m_model->capacity()));
}

QList<int> TrafficLogPanel::visibleSourceRows() const
{
    QList<int> rows;
    if (!m_filter->isActive())
        return rows; // empty = all
    rows.reserve(m_filter->rowCount());
    for (int r = 0; r < m_filter->rowCount(); ++r)
        rows << m_filter->mapToSource(m_filter->index(r, 0)).row();
    if (rows.isEmpty())
        rows << -1; // nothing matches: write no rows, not all of them
    return rows;
}

void TrafficLogPanel::copySelection()
{
    QList<int> rows;
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows << m_filter->mapToSource(index).row();
    std::sort(rows.begin(), rows.end());
    QStringList lines;
    for (int r : std::as_const(rows))
        lines << m_model->rowText(r);
    if (!lines.isEmpty())
        QApplication::clipboard()->setText(lines.join(u'\n') + u'\n');
}

TrafficLogPanel::Format TrafficLogPanel::formatFor(const QString &fileName)
{
    const auto has = [&fileName](const char *suffix) {
        return fileName.endsWith(QLatin1String(suffix), Qt::CaseInsensitive);
    };
    if (has(".jsonl") || has(".json"))
        return Format::JsonLines;
    if (has(".btsnoop") || has(".cfa"))
        return Format::Btsnoop;
    return Format::Csv;
}

Status TrafficLogPanel::saveTo(const QString &fileName) const
{
    m_model->flush(); // what the log holds, including what arrived since the last tick
    QSaveFile file(fileName);
    if (!file.open(QIODevice::WriteOnly))
        return Error(Error::Kind::InvalidArgument, file.errorString());
    const QList<int> rows = visibleSourceRows();
    Status written;
    switch (formatFor(fileName)) {
    case Format::Csv: written = m_model->writeCsv(&file, rows); break;
    case Format::JsonLines: written = m_model->writeJsonLines(&file, rows); break;
    case Format::Btsnoop: {
        const Result<int> records = m_model->writeBtsnoop(&file, rows);
        written = records.ok() ? success() : Status(records.error());
        break;
    }
    }
    if (!written.ok() || !file.commit())
        return Error(Error::Kind::InvalidArgument, file.errorString());
    return success();
}

void TrafficLogPanel::saveAs()
{
    saveWithDialog(Format::Csv);
}

void TrafficLogPanel::saveAsBtsnoop()
{
    saveWithDialog(Format::Btsnoop);
}

void TrafficLogPanel::saveWithDialog(Format preferred)
{
    const QString csv = tr("CSV (*.csv)");
    const QString jsonl = tr("JSON Lines (*.jsonl)");
    const QString btsnoop = tr("btsnoop capture for Wireshark (*.btsnoop *.cfa)");
    QString selectedFilter = preferred == Format::Btsnoop ? btsnoop
        : preferred == Format::JsonLines                  ? jsonl
                                                          : csv;
    const QString suggested = preferred == Format::Btsnoop ? QStringLiteral("gattscope-log.btsnoop")
                                                           : QStringLiteral("gattscope-log.csv");
    QString fileName = QFileDialog::getSaveFileName(
        this, preferred == Format::Btsnoop ? tr("Save traffic log as btsnoop") : tr("Save traffic log"),
        RecentFolders::suggest(QStringLiteral("log"), suggested),
        QStringList { csv, jsonl, btsnoop }.join(QStringLiteral(";;")), &selectedFilter);
    if (fileName.isEmpty())
        return;
    RecentFolders::remember(QStringLiteral("log"), fileName);
    if (!fileName.contains(u'.')) {
        fileName += selectedFilter == jsonl ? QStringLiteral(".jsonl")
            : selectedFilter == btsnoop     ? QStringLiteral(".btsnoop")
                                            : QStringLiteral(".csv");
    }
    if (const Status saved = saveTo(fileName); !saved.ok())
        QMessageBox::warning(this, tr("Save traffic log"),
                             tr("Could not save %1: %2").arg(fileName, saved.error().message()));
}

} // namespace gattscope
