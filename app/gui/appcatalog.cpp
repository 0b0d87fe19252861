// SPDX-License-Identifier: MIT
#include "appcatalog.h"

#include <QCoreApplication>

namespace gattscope {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("gattscope::AppCatalog", text);
}

std::unique_ptr<BackendHost> take(Result<std::unique_ptr<BackendHost>> result, QString *error)
{
    if (!result.ok()) {
        if (error)
            *error
                = result.error().message().isEmpty() ? result.error().toString() : result.error().message();
        return nullptr;
    }
    return std::move(result.value());
}
} // namespace

BackendCatalog makeBackendCatalog(const BackendOptions &options)
{
    BackendCatalog catalog;
    catalog.list = [] {
        QList<BackendChoice> choices;
        const QList<BackendDescriptor> found = availableBackends();
        for (const BackendDescriptor &d : found) {
            const bool demo = d.uri == QLatin1String("demo");
            choices.append({ d.uri, d.label,
                             demo ? tr("A virtual BLED112 with virtual devices, in this program: no hardware "
                                       "needed")
                                  : d.uri,
                             demo });
        }
        return choices;
    };
    catalog.create = [options](const QString &uri, QString *error) {
        return take(createBackend(uri, options), error);
    };
    catalog.createDemo = [options](const QStringList &profileFiles, QString *error) {
        BackendOptions demo = options;
        demo.demoProfiles = profileFiles;
        return take(createBackend(QStringLiteral("demo"), demo), error);
    };
    return catalog;
}

} // namespace gattscope
