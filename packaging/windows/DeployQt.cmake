# Install-time step of the Windows recipe: windeployqt copies the Qt DLLs, plugins and Qt's
# translations that the installed programs need into bin/. Runs from cmake_install.cmake (for
# "cmake --install" and for cpack's staging folder); Windows.cmake sets INFINITI_WINDEPLOYQT,
# INFINITI_PROGRAMS and INFINITI_BINDIR before it.
set(bindir "$ENV{DESTDIR}${CMAKE_INSTALL_PREFIX}/${INFINITI_BINDIR}")
set(binaries)
foreach(program IN LISTS INFINITI_PROGRAMS)
    list(APPEND binaries "${bindir}/${program}.exe")
endforeach()
# --no-compiler-runtime: InstallRequiredSystemLibraries installs the MSVC runtime already.
# --no-opengl-sw / --no-system-d3d-compiler: the console draws with widgets, not OpenGL.
execute_process(
    COMMAND "${INFINITI_WINDEPLOYQT}" --verbose 1 --no-compiler-runtime --no-opengl-sw
            --no-system-d3d-compiler --dir "${bindir}" ${binaries}
    RESULT_VARIABLE status)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "windeployqt failed (${status}) for ${binaries}")
endif()
