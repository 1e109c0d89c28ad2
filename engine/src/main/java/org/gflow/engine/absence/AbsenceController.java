package org.gflow.engine.absence;

import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/absences}: the signed-in person's absences, or with {@code person} a colleague's
 * (for their manager or a supervisor). Every rule is {@link AbsenceService}'s.
 */
@RestController
@RequestMapping("/api/absences")
class AbsenceController {

    /** A new absence: the delegate's user id and the first and last day away (Lao dates, ISO). */
    record NewAbsence(String person, String delegate, LocalDate from, LocalDate until) {}

    private final AbsenceService absences;

    AbsenceController(AbsenceService absences) {
        this.absences = absences;
    }

    @GetMapping
    List<Absence> list(@RequestParam(name = "person", required = false) String person) {
        return absences.list(person);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    Absence set(@RequestBody NewAbsence body) {
        return absences.set(body.person(), body.delegate(), body.from(), body.until());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void cancel(@PathVariable("id") String id) {
        absences.cancel(id);
    }

    @GetMapping("/delegates")
    List<AbsenceService.Delegate> delegates(@RequestParam(name = "person", required = false) String person) {
        return absences.delegatesFor(person);
    }
}
