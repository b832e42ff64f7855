# SPDX-License-Identifier: GPL-3.0-or-later
add_library(beamtop_options INTERFACE)
target_compile_options(beamtop_options INTERFACE -Wall -Wextra -pedantic $<$<BOOL:${BEAMTOP_WERROR}>:-Werror>)
target_compile_definitions(beamtop_options INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_USE_QSTRINGBUILDER QT_NO_FOREACH
  QT_NO_URL_CAST_FROM_STRING QT_NO_CAST_FROM_BYTEARRAY)
if(BEAMTOP_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
endif()
if(BEAMTOP_TSAN)
  if(BEAMTOP_SANITIZE OR BEAMTOP_FUZZ)
    message(FATAL_ERROR "BEAMTOP_TSAN cannot be combined with BEAMTOP_SANITIZE or BEAMTOP_FUZZ")
  endif()
  add_compile_options(-fsanitize=thread -fno-omit-frame-pointer)
  add_link_options(-fsanitize=thread)
endif()
if(BEAMTOP_FUZZ)
  # Coverage instrumentation for everything the fuzzers link; the fuzzer main only in the targets.
  # Undefined behaviour stops the run (a report that scrolls past is not a failure otherwise).
  add_compile_options(-fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all
                      -fno-omit-frame-pointer)
  add_link_options(-fsanitize=address,undefined -fno-sanitize-recover=all)
endif()

# Precompiled Qt headers for the libraries and beamtop-cli: the backend's files took a third
# less CPU (2 min 52 s to 1 min 57 s of user time), but the whole build only went from 7.8 to
# 7.5 minutes on 2 cores, as the tests' executables (not precompiled: their compile
# definitions differ) and the links are most of it. Only Qt and standard headers go in, so a
# file still has to include what it uses to build without them (-DBEAMTOP_PCH=OFF).
option(BEAMTOP_PCH "Precompile the Qt headers of the libraries" ON)
set(BEAMTOP_PCH_CORE
  <QtCore/QObject> <QtCore/QString> <QtCore/QStringList> <QtCore/QVector> <QtCore/QHash>
  <QtCore/QMap> <QtCore/QSet> <QtCore/QByteArray> <QtCore/QDateTime> <QtCore/QJsonObject>
  <QtCore/QJsonArray> <QtCore/QJsonDocument> <QtCore/QTimer> <QtCore/QPointer> <QtCore/QVariant>
  <QtCore/QLocale> <QtCore/QCoreApplication> <QtCore/QTextStream> <QtCore/QFile>
  <functional> <memory> <vector> <algorithm>)
function(beamtop_precompile target)
  if(BEAMTOP_PCH)
    target_precompile_headers(${target} PRIVATE ${BEAMTOP_PCH_CORE} ${ARGN})
  endif()
endfunction()
