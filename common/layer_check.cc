// SPDX-License-Identifier: MIT
// The program each layer is linked into whole, alone with the layers below
// it (common/CMakeLists.txt): it does nothing; that it links is the check.
int main() { return 0; }
