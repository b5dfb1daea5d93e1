# Install-time step of the macOS recipe: macdeployqt copies into the bundle the Qt frameworks,
# plugins and other libraries that the console and its helper programs load, and rewrites their
# load paths; codesign then signs the bundle ad hoc. MacOS.cmake sets INFINITI_MACDEPLOYQT,
# INFINITI_BUNDLE and INFINITI_HELPERS before it. The helpers are installed before this runs
# (install() order), so -executable finds them.
set(bundle "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${INFINITI_BUNDLE}")
set(arguments "${bundle}" -verbose=1 -always-overwrite)
foreach(helper IN LISTS INFINITI_HELPERS)
    if(EXISTS "${bundle}/Contents/MacOS/${helper}")
        list(APPEND arguments "-executable=${bundle}/Contents/MacOS/${helper}")
    endif()
endforeach()
execute_process(COMMAND "${INFINITI_MACDEPLOYQT}" ${arguments} RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "macdeployqt failed (${status}) for ${bundle}")
endif()
execute_process(COMMAND codesign --force --deep --sign - "${bundle}" RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "codesign failed (${status}) for ${bundle}")
endif()
