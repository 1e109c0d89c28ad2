package org.gflow.engine.calendar;

import java.time.LocalDate;
import java.util.List;
import org.gflow.engine.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The public holidays of a year, for administrators (group {@code gflow-admins}). */
@RestController
@RequestMapping("/api/admin/holidays")
class HolidayAdminController {

    private final PublicHolidayService holidays;

    HolidayAdminController(PublicHolidayService holidays) {
        this.holidays = holidays;
    }

    @GetMapping
    List<PublicHoliday> ofYear(@RequestParam("year") int year) {
        return holidays.ofYear(year);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    PublicHoliday add(
            @RequestAttribute(name = CurrentUser.REQUEST_ATTRIBUTE, required = false) CurrentUser user,
            @RequestBody NewHoliday holiday) {
        return holidays.add(user, holiday);
    }

    @DeleteMapping("/{date}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void remove(
            @RequestAttribute(name = CurrentUser.REQUEST_ATTRIBUTE, required = false) CurrentUser user,
            @PathVariable("date") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date) {
        holidays.remove(user, date);
    }
}
