/**
 * The web application and the HTTP frame: server-rendered pages (Thymeleaf, htmx, ECharts) in
 * Korean and English over the features' services, read through the caller's audience like the
 * API; and the API's error answers (problem details with a violation list). Nothing depends on it.
 */
package org.matbank.web;
