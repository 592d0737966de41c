# Runs one quorum command and checks its exit code, stdout and stderr.
# Called by CTest as: cmake -DCOMMAND=a|b -DRC=0 [-DSTDOUT=regex] [-DSTDERR=regex]
#   [-DGOLDEN=file] [-DREQUIRES=path] -P expect_cli.cmake
# Regexes are CMake regexes; STDERR "^$" means stderr must be empty.
if(DEFINED REQUIRES AND NOT EXISTS "${REQUIRES}")
  message("SKIPPED: ${REQUIRES} not found (../shared absent)")
  return()
endif()
string(REPLACE "|" ";" COMMAND "${COMMAND}")
execute_process(COMMAND ${COMMAND}
  RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err
  WORKING_DIRECTORY "${WORKDIR}")
set(failed "")
if(NOT "${rc}" STREQUAL "${RC}")
  string(APPEND failed "exit code ${rc}, expected ${RC}\n")
endif()
if(DEFINED STDOUT AND NOT out MATCHES "${STDOUT}")
  string(APPEND failed "stdout does not match: ${STDOUT}\n")
endif()
if(DEFINED STDERR AND NOT err MATCHES "${STDERR}")
  string(APPEND failed "stderr does not match: ${STDERR}\n")
endif()
if(DEFINED GOLDEN)
  file(READ "${GOLDEN}" expected)
  if(NOT out STREQUAL expected)
    string(APPEND failed "stdout differs from ${GOLDEN}\n")
  endif()
endif()
if(failed)
  message(FATAL_ERROR "${failed}--- command: ${COMMAND}\n--- stdout:\n${out}\n--- stderr:\n${err}")
endif()
