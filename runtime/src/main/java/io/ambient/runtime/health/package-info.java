/** Health (broker connection, model readiness) and Prometheus metrics of turns. */
package io.ambient.runtime.health;
