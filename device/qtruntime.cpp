// SPDX-License-Identifier: MIT
#include "qtruntime_p.h"

#include <QCoreApplication>

#include <clocale>
#include <cstdlib>
#include <future>
#include <memory>
#include <mutex>
#include <string>
#include <thread>

namespace gattscope::detail {

namespace {
std::mutex runtimeMutex;
std::thread *runtimeThread = nullptr;
QCoreApplication *runtimeApp = nullptr;

void stopRuntime()
{
    std::lock_guard lock(runtimeMutex);
    if (!runtimeThread)
        return;
    QMetaObject::invokeMethod(runtimeApp, &QCoreApplication::quit, Qt::QueuedConnection);
    runtimeThread->join();
    delete runtimeThread;
    runtimeThread = nullptr;
    runtimeApp = nullptr;
}
} // namespace

void ensureQtRuntime()
{
    std::lock_guard lock(runtimeMutex);
    if (QCoreApplication::instance())
        return;
    const char *current = std::setlocale(LC_ALL, nullptr);
    const std::string locale = current ? current : "C";
    auto ready = std::make_shared<std::promise<QCoreApplication *>>();
    runtimeThread = new std::thread([ready] {
        static int argc = 1;
        static char name[] = "gattscope";
        static char *argv[] = { name, nullptr };
        QCoreApplication app(argc, argv);
        ready->set_value(&app);
        app.exec();
    });
    runtimeApp = ready->get_future().get();
    std::setlocale(LC_ALL, locale.c_str());
    std::atexit(stopRuntime);
}

} // namespace gattscope::detail
