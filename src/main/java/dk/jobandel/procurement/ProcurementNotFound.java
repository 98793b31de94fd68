package dk.jobandel.procurement;

import dk.jobandel.platform.PageNotFound;

/** Something that does not exist, or that the actor may not see: the two read the same (404). */
public class ProcurementNotFound extends PageNotFound {

    public ProcurementNotFound(long id) {
        super("Not found or not visible: " + id);
    }
}
