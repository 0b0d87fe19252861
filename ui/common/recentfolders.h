// SPDX-License-Identifier: MIT
#pragma once

#include <QString>

// The folder each kind of file dialog last used, remembered across runs (QSettings
// "folders/<kind>"), so that saving the tenth log does not start in the home folder again.
namespace gattscope::RecentFolders {

// The folder to open the dialog of `kind` ("log", "plots", …) in: the last one used if it
// still exists, else the home folder.
QString folder(const QString &kind);
// `fileName` (a file or folder chosen in the dialog of `kind`): its folder is remembered.
void remember(const QString &kind, const QString &fileName);
// `suggested` (a bare file name) inside folder(kind).
QString suggest(const QString &kind, const QString &suggested);

} // namespace gattscope::RecentFolders
