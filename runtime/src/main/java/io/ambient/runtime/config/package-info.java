/** Configuration as validated records, bound from {@code application.yml}, a config file or the command line. */
package io.ambient.runtime.config;
