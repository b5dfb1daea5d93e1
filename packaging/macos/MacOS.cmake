# macOS: infiniti-admin as an application bundle with infiniti-ctl and infiniti-sim inside it,
# made self-contained by macdeployqt, in a drag-and-drop DMG. Included by
# packaging/CMakeLists.txt. Cannot run on the Linux build machines; the macos-latest job of
# .github/workflows/desktop.yml runs it.
#
#   cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release -DCMAKE_PREFIX_PATH="<Qt>;<QtKeychain>"
#   cmake --build build && cd build && cpack -G DragNDrop
#
# The bundle is signed ad hoc, which lets it start on Apple silicon; to hand it to other people
# it needs a Developer ID signature and notarisation (codesign --options runtime, notarytool).

set(icns ${CMAKE_CURRENT_SOURCE_DIR}/macos/infiniti-admin.icns)
target_sources(infiniti-admin PRIVATE ${icns})
set_source_files_properties(${icns} TARGET_DIRECTORY infiniti-admin
                            PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
set_target_properties(infiniti-admin PROPERTIES
    MACOSX_BUNDLE ON
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_SOURCE_DIR}/macos/Info.plist.in
    MACOSX_BUNDLE_BUNDLE_NAME "Infiniti Admin"
    MACOSX_BUNDLE_GUI_IDENTIFIER ${INFINITI_APP_ID}
    MACOSX_BUNDLE_ICON_FILE infiniti-admin.icns
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_COPYRIGHT "Copyright © 2026 The Infiniti Admin contributors. MIT License.")

# The command-line programs live in the bundle beside the console, so macdeployqt gives them
# the same frameworks; users link them into their PATH (see the README).
set(bundle infiniti-admin.app)
set(helpers infiniti-ctl)
install(TARGETS infiniti-admin BUNDLE DESTINATION . COMPONENT console)
install(TARGETS infiniti-ctl RUNTIME DESTINATION ${bundle}/Contents/MacOS COMPONENT console)
if(with_emulator)
    list(APPEND helpers infiniti-sim)
    install(TARGETS infiniti-sim RUNTIME DESTINATION ${bundle}/Contents/MacOS COMPONENT emulator)
endif()
install(FILES ${PROJECT_SOURCE_DIR}/LICENSE DESTINATION ${bundle}/Contents/Resources COMPONENT console)

# Qt's frameworks and plugins and the other libraries (QtKeychain, OpenSSL) into the bundle,
# then an ad-hoc signature over the whole bundle, since macdeployqt rewrote the binaries.
find_program(INFINITI_MACDEPLOYQT macdeployqt HINTS ${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS} REQUIRED)
install(CODE "set(INFINITI_MACDEPLOYQT \"${INFINITI_MACDEPLOYQT}\")
set(INFINITI_BUNDLE \"${bundle}\")
set(INFINITI_HELPERS \"${helpers}\")" COMPONENT console)
install(SCRIPT macos/DeployQt.cmake COMPONENT console)

# One DMG with everything: the emulator is a program inside the bundle, not a separate package.
set(CPACK_GENERATOR DragNDrop)
set(CPACK_MONOLITHIC_INSTALL ON)
set(CPACK_DMG_VOLUME_NAME "Infiniti Admin")
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${icns})
