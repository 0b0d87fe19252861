// SPDX-License-Identifier: MIT
#include "appcatalog.h"

#include <QCoreApplication>

namespace gattscope {

namespace {
// The translation context of the catalog's texts.
struct AppCatalog
{
    Q_DECLARE_TR_FUNCTIONS(gattscope::AppCatalog)
};
} // namespace

BackendCatalog makeBackendCatalog(const BackendOptions &options)
{
    BackendCatalog catalog;
    catalog.list = [] {
        QList<BackendChoice> choices;
        const QList<BackendDescriptor> found = availableBackends();
        for (const BackendDescriptor &d : found) {
            const bool demo = d.uri == QLatin1String("demo");
            choices.append(
                { d.uri, d.label,
                  demo ? AppCatalog::tr("A virtual BLED112 with virtual devices, in this program: no "
                                        "hardware needed")
                       : (d.description.isEmpty() ? d.uri : d.description),
                  demo });
        }
        return choices;
    };
    catalog.probe = [] {
        return probeBackends();
    };
    catalog.create = [options](const QString &uri) {
        return createBackend(uri, options);
    };
    catalog.createDemo = [options](const QStringList &profileFiles) {
        BackendOptions demo = options;
        demo.demoProfiles = profileFiles;
        return createBackend(QStringLiteral("demo"), demo);
    };
    return catalog;
}

} // namespace gattscope
