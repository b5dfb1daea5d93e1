# Windows: the programs with everything they load beside them in bin/, and an NSIS installer.
# Included by packaging/CMakeLists.txt. Cannot run on the Linux build machines; the
# windows-latest job of .github/workflows/desktop.yml runs it.
#
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="<Qt>;<QtKeychain>"
#   cmake --build build && cd build && cpack -G NSIS      (or -G ZIP for a portable folder)

# The icon and version information of infiniti-admin.exe.
set(INFINITI_ICO ${CMAKE_CURRENT_SOURCE_DIR}/windows/infiniti-admin.ico)
string(REPLACE "/" "\\\\" INFINITI_ICO "${INFINITI_ICO}")
configure_file(windows/infiniti-admin.rc.in ${CMAKE_CURRENT_BINARY_DIR}/infiniti-admin.rc @ONLY)
target_sources(infiniti-admin PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/infiniti-admin.rc)
# A GUI program: no console window behind the console.
set_target_properties(infiniti-admin PROPERTIES WIN32_EXECUTABLE ON)

# Every program and the DLLs they link that are not Windows' own (QtKeychain, zlib, OpenSSL's
# libcrypto for infiniti-sim), looked up where the build found them.
set(programs infiniti-admin infiniti-ctl)
install(TARGETS infiniti-admin infiniti-ctl RUNTIME_DEPENDENCY_SET infiniti_runtime
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT console)
if(with_emulator)
    list(APPEND programs infiniti-sim)
    install(TARGETS infiniti-sim RUNTIME_DEPENDENCY_SET infiniti_runtime
            RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT emulator)
endif()
set(dll_dirs ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS})
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND dll_dirs ${prefix}/bin)
endforeach()
# zlib and OpenSSL keep their DLLs in the bin/ beside the include/ the build used.
foreach(include_dir IN ITEMS ${ZLIB_INCLUDE_DIR} ${OPENSSL_INCLUDE_DIR})
    get_filename_component(dir ${include_dir}/../bin ABSOLUTE)
    list(APPEND dll_dirs ${dir})
endforeach()
install(RUNTIME_DEPENDENCY_SET infiniti_runtime
        PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-"
        POST_EXCLUDE_REGEXES ".*[/\\\\][Ss]ystem32[/\\\\].*" ".*[/\\\\][Ww]in[Ss]x[Ss][/\\\\].*"
        DIRECTORIES ${dll_dirs}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR} COMPONENT console)

# The Visual C++ runtime DLLs, so the installer needs no separate redistributable.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION ${CMAKE_INSTALL_BINDIR})
set(CMAKE_INSTALL_SYSTEM_RUNTIME_COMPONENT console)
include(InstallRequiredSystemLibraries)

# Qt's plugins (platform, styles, TLS, image formats) and its translations, by windeployqt, on
# the installed programs (at install time, so the staging folder of cpack gets them too).
find_program(INFINITI_WINDEPLOYQT windeployqt HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} REQUIRED)
install(CODE "set(INFINITI_WINDEPLOYQT \"${INFINITI_WINDEPLOYQT}\")
set(INFINITI_PROGRAMS \"${programs}\")
set(INFINITI_BINDIR \"${CMAKE_INSTALL_BINDIR}\")" COMPONENT console)
install(SCRIPT windows/DeployQt.cmake COMPONENT console)
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION . RENAME LICENSE.txt COMPONENT console)

# The installer: "Infiniti Admin" (required) and "API emulator" (optional) as components, a
# Start-menu entry, and bin/ on PATH on request for infiniti-ctl.
set(CPACK_GENERATOR NSIS ZIP)
set(CPACK_PACKAGE_INSTALL_DIRECTORY "Infiniti Admin")
set(CPACK_PACKAGE_EXECUTABLES infiniti-admin "Infiniti Admin")
set(CPACK_NSIS_PACKAGE_NAME "Infiniti Admin ${PROJECT_VERSION}")
set(CPACK_NSIS_DISPLAY_NAME "Infiniti Admin")
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/infiniti-admin.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_SOURCE_DIR}/windows/infiniti-admin.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "${CMAKE_INSTALL_BINDIR}\\\\infiniti-admin.exe")
set(CPACK_NSIS_EXECUTABLES_DIRECTORY ${CMAKE_INSTALL_BINDIR})
set(CPACK_NSIS_MUI_FINISHPAGE_RUN infiniti-admin.exe)
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_HELP_LINK "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_CONTACT "${INFINITI_MAINTAINER}")
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MANIFEST_DPI_AWARE ON)
set(CPACK_NSIS_IGNORE_LICENSE_PAGE OFF)
# A portable ZIP is one folder with everything, whatever the components.
set(CPACK_ARCHIVE_COMPONENT_INSTALL OFF)
