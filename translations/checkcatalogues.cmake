# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when a translatable string of the sources is missing or unfinished in a catalogue.
# Runs lupdate (as update_translations does) into copies of the catalogues, then lists every
# message the copies leave unfinished: a string added or changed since the catalogue was last
# translated shows up as one. -P script; LUPDATE, GENERATE_PROJECT, LANGUAGES_PROJECT,
# PLURALS_PROJECT, WORK_DIR.
cmake_policy(SET CMP0007 NEW)
file(REMOVE_RECURSE ${WORK_DIR})
file(MAKE_DIRECTORY ${WORK_DIR})

# Each lupdate project (as update_translations writes it), pointed at copies of its catalogues.
foreach(run languages plurals)
  if(run STREQUAL languages)
    set(project ${LANGUAGES_PROJECT})
    set(extra)
  else()
    set(project ${PLURALS_PROJECT})
    set(extra -pluralonly)
  endif()
  execute_process(COMMAND ${CMAKE_COMMAND} -DIN_FILE=${project} -DOUT_FILE=${WORK_DIR}/${run}.json -P ${GENERATE_PROJECT}
                  RESULT_VARIABLE rc)
  if(NOT rc EQUAL 0)
    message(FATAL_ERROR "could not write the lupdate project from ${project}")
  endif()
  file(READ ${WORK_DIR}/${run}.json json)
  string(JSON n LENGTH "${json}" translations)
  math(EXPR last "${n} - 1")
  set(_copies_${run})
  foreach(i RANGE ${last})
    string(JSON ts GET "${json}" translations ${i})
    get_filename_component(name ${ts} NAME)
    configure_file(${ts} ${WORK_DIR}/${name} COPYONLY)
    list(APPEND _copies_${run} ${WORK_DIR}/${name})
    string(JSON json SET "${json}" translations ${i} "\"${WORK_DIR}/${name}\"")
  endforeach()
  file(WRITE ${WORK_DIR}/${run}.json "${json}")
  execute_process(COMMAND ${LUPDATE} -project ${WORK_DIR}/${run}.json -no-obsolete -locations none ${extra}
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
