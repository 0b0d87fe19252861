# SPDX-License-Identifier: MIT
# The README's two commands: `make run` and `make test`. Everything else is a convenience.
BUILD_DIR ?= build
BUILD_TYPE ?= RelWithDebInfo
CMAKE_FLAGS ?=
DEPS_STAMP := $(BUILD_DIR)/.deps-ok

.PHONY: all run test bench package package-test docs format format-check deps configure build clean fuzz sanitize soak

all: build

# Checks packages each time (fast: dpkg queries only); installs only what is missing.
deps:
	@./scripts/install-deps

$(BUILD_DIR)/build.ninja: CMakeLists.txt
	cmake -S . -B $(BUILD_DIR) -G Ninja -DCMAKE_BUILD_TYPE=$(BUILD_TYPE) $(CMAKE_FLAGS)

configure: deps $(BUILD_DIR)/build.ninja

build: configure
	cmake --build $(BUILD_DIR) -j2

run: build
	./$(BUILD_DIR)/app/gui/gattscope $(ARGS)

test: build
	QT_QPA_PLATFORM=offscreen ctest --test-dir $(BUILD_DIR) --output-on-failure -j2

bench: build
	@for b in $$(find $(BUILD_DIR)/tests/bench -maxdepth 1 -type f -name 'bench_*' -perm -u+x | sort); do \
		echo "== $$(basename $$b)"; QT_QPA_PLATFORM=offscreen $$b || exit 1; done

# Linux packages (.deb with -dbgsym, and .rpm when rpmbuild is installed) for the /usr
# prefix, in $(BUILD_DIR)/packages. Windows and macOS: cpack -G NSIS / DragNDrop there.
package: build
	cmake -S . -B $(BUILD_DIR) -DCMAKE_INSTALL_PREFIX=/usr >/dev/null
	cmake --build $(BUILD_DIR) -j2
	cpack --config $(BUILD_DIR)/CPackConfig.cmake -B $(BUILD_DIR)/packages

# The packages as a user gets them: built, linted (lintian), installed into a clean Debian
# root (debootstrap; needs root) and run there. Not part of `make test` (about two minutes,
# and it needs the network for the Debian mirror); .ci/run runs it after `make test`.
package-test: build
	@./scripts/install-deps --packaging
	./tests/installer/package-test $(BUILD_DIR)

# The whole test suite under AddressSanitizer + UBSan + LeakSanitizer (preset `asan`, in
# build-asan); any report fails its test.
sanitize: deps
	cmake --preset asan
	cmake --build --preset asan
	ctest --preset asan

# The libFuzzer targets (preset `fuzz`: clang, in build-fuzz), each run for FUZZ_SECONDS;
# a crash, sanitizer report or broken property fails. See tests/fuzz/README.md.
FUZZ_SECONDS ?= 30
fuzz: deps
	cmake --preset fuzz
	cmake --build --preset fuzz
	tests/fuzz/run-fuzzers --build-dir build-fuzz --seconds $(FUZZ_SECONDS)

# The fault soak (tests/backends/bgapi/tst_bgapisoak.cpp) for SOAK_SECONDS: three links at
# 1 kHz while the virtual dongle drops responses and links, injects garbage and reboots.
# ctest runs the same test for 12 s. SOAK_SEED picks another fault sequence.
SOAK_SECONDS ?= 300
SOAK_SEED ?= 20644
soak: configure
	cmake --build $(BUILD_DIR) -j2 --target tst_bgapisoak
	GATTSCOPE_SOAK_SECONDS=$(SOAK_SECONDS) GATTSCOPE_SOAK_SEED=$(SOAK_SEED) QT_QPA_PLATFORM=offscreen \
		$(BUILD_DIR)/tests/backends/tst_bgapisoak

# The API reference of libgattscope (build/docs/html), when doxygen is installed.
docs: configure
	cmake --build $(BUILD_DIR) --target docs

format:
	@git ls-files '*.cpp' '*.h' | xargs clang-format -i

format-check:
	@git ls-files '*.cpp' '*.h' | xargs clang-format --dry-run --Werror

clean:
	rm -rf $(BUILD_DIR)
