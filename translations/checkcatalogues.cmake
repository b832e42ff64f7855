# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translatable string of the sources is missing or unfinished in a catalogue.
# Runs lupdate (as update_translations does) into copies of the catalogues, then lists every
# message the copies leave unfinished: a string added or changed since the catalogue was last
# translated shows up as one. -P script; LUPDATE, SOURCES_LIST, LANGUAGES, PLURALS, WORK_DIR.
cmake_policy(SET CMP0007 NEW)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

set(_copies_languages)
foreach(ts IN LISTS LANGUAGES)
  get_filename_component(name ${ts} NAME)
  configure_file(${ts} ${WORK_DIR}/${name} COPYONLY)
  list(APPEND _copies_languages ${WORK_DIR}/${name})
endforeach()
set(_copies_plurals)
foreach(ts IN LISTS PLURALS)
  get_filename_component(name ${ts} NAME)
  configure_file(${ts} ${WORK_DIR}/${name} COPYONLY)
  list(APPEND _copies_plurals ${WORK_DIR}/${name})
endforeach()

foreach(run languages plurals)
  set(extra)
  if(run STREQUAL plurals)
    set(extra -pluralonly)
  endif()
  execute_process(COMMAND ${LUPDATE} -no-obsolete -locations none ${extra} @${SOURCES_LIST} -ts ${_copies_${run}}
                  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "lupdate failed (${rc}):\n${out}")
  endif()
endforeach()

set(_failed 0)
foreach(copy IN LISTS _copies_languages _copies_plurals)
  get_filename_component(name ${copy} NAME)
  file(READ ${copy} text)
  # A message: <source>, perhaps <comment> and <extracomment>, then its <translation>.
  string(REGEX MATCHALL "<source>[^<]*</source>[^<]*(<[a-z]*comment>[^<]*</[a-z]*comment>[^<]*)*<translation type=\"unfinished\""
         unfinished "${text}")
  list(LENGTH unfinished count)
  if(count GREATER 0)
    set(shown 0)
    foreach(m IN LISTS unfinished)
      if(shown LESS 15 AND m MATCHES "<source>([^<]*)</source>")
        message("${name}: unfinished: ${CMAKE_MATCH_1}")
        math(EXPR shown "${shown} + 1")
      endif()
    endforeach()
    message("${name}: ${count} messages missing or unfinished")
    set(_failed 1)
  else()
    message("${name}: every message translated")
  endif()
endforeach()
if(_failed)
  message(FATAL_ERROR "Translate the strings above: `cmake --build build --target update_translations`, "
                      "then translations/beamtop_*.ts (Qt Linguist or by hand).")
endif()
