// Booting the modules and migrating a fresh SQLite file takes 1–3 s alone and well over Jest's
// 5 s default on a loaded CI machine; a hung hook still fails, just later.
jest.setTimeout(30_000);
