#pragma once

namespace infiniti::sim::Limits {

// How long what a client sends may be (docs/EMULATOR.md "Limits"); longer is a 400 with field
// errors. Without them one 10 MB name made every later write of the store take seconds. XML,
// Base64 files, definitions and answer files are bounded by the body limit only.
inline constexpr int kName = 256;       // names: users, groups, roles, folders, projects, items…
inline constexpr int kShortText = 1024; // other one-line fields: email, phone, category, type…
inline constexpr int kText = 64 * 1024; // descriptions, comments, messages, template texts,
                                        // connection strings; JSON objects and arrays as sent
inline constexpr int kListItems = 1000; // names in a list (groups, roles, permissions)
inline constexpr int kUnlimited = -1;

} // namespace infiniti::sim::Limits
