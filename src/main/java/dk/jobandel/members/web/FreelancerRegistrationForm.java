package dk.jobandel.members.web;

/** Sign-up of a freelancer: only the person's own details. */
class FreelancerRegistrationForm extends PersonFields {}
