package dk.jobandel.advisor.core;

import java.util.List;

/**
 * One thing the terms check found: the rule, its level, the figures its message quotes (in the order of the message's
 * placeholders) and the rule's source from the rule book.
 *
 * @param args the message's arguments: figures from the terms and from the rule book, a person's name or share number
 * @param source the source text of the rule, with the rule book's version
 * @param forConsultant a question only a consultant can answer (never decided by the check)
 */
public record Finding(Rule rule, List<Object> args, String source, boolean forConsultant) {

    public Finding {
        args = List.copyOf(args);
    }

    public Level level() {
        return rule.level();
    }

    public boolean blocking() {
        return rule.level() == Level.BLOCKING;
    }

    public String messageKey() {
        return rule.messageKey();
    }

    public String field() {
        return rule.field();
    }

    /** The arguments as an array, for message formatting. */
    public Object[] argsArray() {
        return args.toArray();
    }
}
