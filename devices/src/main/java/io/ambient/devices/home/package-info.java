/** The home file (shared/formats.md §2): how tests, the simulator and offline evaluation describe a home. */
package io.ambient.devices.home;
